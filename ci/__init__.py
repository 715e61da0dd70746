"""The orchestration library behind the nox sessions (see noxfile.py).

Each module is one concern and can be used and tested without nox:
``paths`` (where things live), ``lock`` (the stack lock), ``metadata`` (frontend wheel
metadata derived from the lock), ``wheelhouse`` (gathering and installing wheels),
``build`` (the `nox -s build` job), ``timing`` (progress and summaries).
"""
