"""PDF documents (fpdf2, embedded open-licence TrueType fonts): records, reports, certificates."""
