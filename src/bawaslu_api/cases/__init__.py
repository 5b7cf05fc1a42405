"""The case record (a report or finding): its models, its problems and its repository
(loading a case in the caller's jurisdiction, If-Match, the register counter). The case's
use cases live in ``reports`` (intake, actions, reads) and in the domains that work on a
case (evidence, deadlines, the KPU follow-up)."""
