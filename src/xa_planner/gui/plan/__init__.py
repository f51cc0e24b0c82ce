"""The commune's plan: its page, table, editing with undo, groups, filters, prose and export."""
