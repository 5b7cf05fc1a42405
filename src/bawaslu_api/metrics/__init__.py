"""Prometheus metrics at ``/metrics`` (docs/operations.md, "Metrics and tracing").

Two kinds, so that several uvicorn processes (``serve --workers N``) answer alike:

- what each process sees (HTTP requests by route template and status, the use of its
  database pool) is kept by ``prometheus_client``; with several processes in its
  multiprocess mode (``PROMETHEUS_MULTIPROC_DIR``, set by ``bawaslu-api serve``), so
  whichever process answers a scrape reports the sum of all (``process.py``, ``http.py``,
  ``pool.py``);
- what the database knows (the job queue, failed webhook deliveries, open and overdue
  clocks per office level) is counted at scrape time by the process that answers
  (``database.py``): never stored per process, so never counted twice.
"""
