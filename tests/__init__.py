"""rerunner's tests, one folder per layer; helpers that are not tests live in ``tests.support``.

A package, so that pytest imports every test module by its full name (``tests.kernel.test_kernel``)
and two test files may share a basename in different folders.
"""
