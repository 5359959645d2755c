"""Country names in Hebrew, Persian, Armenian, Georgian, Amharic, Swahili, Azerbaijani, Kazakh,
Uzbek and Afrikaans (gazetteer locales added in gaz31), with their prefixed and case forms, and
look-alike words that must not match."""

from __future__ import annotations

import pytest

from monitor.classify.gazetteer import gazetteer
from monitor.classify.normalize import normalize


def _codes(text: str) -> set[str]:
    return {p.code for p in gazetteer().find(normalize(text), text)}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("המשלוחים לגרמניה הושעו עד להודעה חדשה", "DE"),  # Hebrew, "to Germany"
        ("חבילות מארה״ב יחויבו במע״מ", "US"),  # Hebrew, "from the USA"
        ("ارسال مرسولات به فرانسه متوقف شد", "FR"),  # Persian
        ("ارسال بسته به آلمان", "DE"),  # Persian, with Persian ye and kaf forms around
        ("Ֆրանսիայում առաքումները դադարեցված են", "FR"),  # Armenian, "in France"
        ("ამანათების გაგზავნა საფრანგეთში შეჩერებულია", "FR"),  # Georgian, "to France"
        ("ወደ ጀርመን የሚላኩ እሽጎች ታግደዋል", "DE"),  # Amharic
        ("ከኢትዮጵያ የሚላኩ እሽጎች", "ET"),  # Amharic, "from Ethiopia"
        ("Huduma ya posta kwenda Ujerumani imesitishwa", "DE"),  # Swahili
        ("Vifurushi kwenda Marekani vimesitishwa", "US"),  # Swahili
        ("Almaniyaya göndərişlər dayandırılıb", "DE"),  # Azerbaijani, "to Germany"
        ("Түркия бағытына жөнелтілімдер тоқтатылды", "TR"),  # Kazakh (nominative)
        ("Germaniyaga jo'natmalar to'xtatildi", "DE"),  # Uzbek, "to Germany"
        ("Pakkies na Frankryk word opgeskort", "FR"),  # Afrikaans
    ],
)
def test_new_locale_names(text: str, code: str) -> None:
    assert code in _codes(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Բեռնատարներով կատարվող առաքումներ", "QA"),  # Armenian "performed", not Qatar
        ("ფოსტო გზავნილების მიღება განახლდა", "GH"),  # Georgian "resumed", not Ghana
        ("following the closure of Israeli airspace", "IL"),  # Swahili Israel, English adjective
        ("A swede is a root vegetable", "SE"),  # Afrikaans Sweden
        ("Az iraki és katari partnerek", "IQ"),  # Swahili Iraq, Hungarian adjective
        ('JSC "O\'zbekiston pochtasi" informs its customers', "UZ"),  # the post's own name
        ("საქართველოს ფოსტა აცნობებს მომხმარებლებს", "GE"),  # Georgian Post
    ],
)
def test_look_alikes_do_not_match(text: str, code: str) -> None:
    assert code not in _codes(text)
