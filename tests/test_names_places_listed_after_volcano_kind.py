"""A plural kind of place opens a list of names, each a place's in the nominative whatever the kind's case
(PLACES_OPENING_LISTS): volcanoes as well as villages («между вулканами Орлинский и Тарский»). Every sentence
is invented."""


def test_every_volcano_named_after_the_plural_kind_is_a_place(typed):
    text = ("Сейсмология\n\nОчаг находился между вулканами Орлинский и Тарский, в 40 километрах от Вельска. "
            "Жертв нет.\n")
    types, _ = typed(text)
    assert types.get("Орлинский") == "Place"
    assert types.get("Тарский") == "Place"
