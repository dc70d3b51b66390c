"""``python -m training.names``: regenerate ``resources/data/names`` from Faker and the federal law text."""

from training.names.make_name_lists import main

main()
