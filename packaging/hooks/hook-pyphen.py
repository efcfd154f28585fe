"""pyphen, with the hyphenation rules of English and Spanish only (textstat counts syllables with it).

Replaces pyinstaller-hooks-contrib's hook, which bundles all 80-odd languages.
"""

from PyInstaller.utils.hooks import collect_data_files

datas = collect_data_files("pyphen", includes=["dictionaries/hyph_en_*.dic", "dictionaries/hyph_es*.dic"])
