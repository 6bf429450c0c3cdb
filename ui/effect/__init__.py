"""Step 5 of the method: did each measure work? (DESIGN section 7)"""
