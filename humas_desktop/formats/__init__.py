"""File formats (no Qt): scheme files, Excel readers/writers, PDF documents, packages."""
