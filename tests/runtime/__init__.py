"""The rerun loop, in process: callbacks, control flow, errors, fast reruns, and ``AppTest``."""
