"""``bawaslu-import``: bulk-load reports into the Bawaslu API from CSV, XLSX or JSON Lines."""
