"""Segments: the sales data of one group of rows (a channel, a region, a product group, a
loyalty card ...), so that every figure can be shown for it and groups compared side by side."""
