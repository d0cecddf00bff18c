# The stackless VM: frames, the eval loop, calls, generators and coroutines, tracebacks, the host API.
set(AIOPLAY_PYTHON_VM_SOURCES
)
