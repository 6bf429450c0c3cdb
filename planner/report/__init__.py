"""The PDF workshop report (issue 13): cover, contents, the five steps of the method as
chapters, the sales figures and the customers to win back; A4 landscape, German or English.

Why matplotlib draws it, not ReportLab or Qt's QPdfWriter: the charts and the journey map
already are matplotlib figures (`planner.charts`), and its PDF backend writes them as
vectors with embedded TrueType fonts (text selectable and searchable) with no new
dependency; the same pages render to PNG for the window's preview and for printing, and
the planner stays free of Qt, so `retention-planner export --pdf` needs no display.
ReportLab would flow text better but needs a bridge (svglib or pdfrw) to keep charts as
vectors; QPdfWriter would put the command line in the Qt layer. Text is laid out by
`planner.report.layout`.
"""
