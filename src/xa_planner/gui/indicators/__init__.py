"""The plan's indicators (chỉ tiêu): the panel, its table, typed figures and the provincial workbook."""
