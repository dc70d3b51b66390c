"""Replaces pyinstaller-hooks-contrib's hook for ``phonenumbers``, which collects every submodule and data file.

The spec collects what the app needs of it, as decided in ``build/bundle_plan.py`` (COLLECTED_BY_SPEC).
"""

hiddenimports: list[str] = []
datas: list[tuple[str, str]] = []
