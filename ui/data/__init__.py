"""Sales data: the import wizard (file, sheet, column mapping, report), the period table
and charts, cohorts, RFM segments and the customer lists with their export. Uses
`planner.sales` to read and store imports and `planner.metrics` for every figure."""
