"""Database: engine, unit of work, naming convention, embedded server, migrations."""
