"""Official documents: the forms of case handling issued as numbered, hashed PDFs
(docs/documents.md)."""
