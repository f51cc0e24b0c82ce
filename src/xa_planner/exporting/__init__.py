"""Documents in, files out: the plan and its appendix as .pdf, .docx and .xlsx laid out to ND 30/2020."""
