"""gakkumdu (issue 13)."""
