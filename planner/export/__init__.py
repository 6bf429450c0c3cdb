"""What leaves the app as a file: the KPI workbook of the command line (`kpi_workbook`) and
customer lists as CSV or Excel (`tables`)."""
