"""Session 74, from blind sets 433-438, the read sets' misses and probes."""

from __future__ import annotations

import pytest

from tests.classify_check import check_kind as _check


@pytest.mark.parametrize(
    ("origin", "source_kind", "title", "text", "kind", "codes"),
    [
        pytest.param(
            "GB",
            "postal",
            "Tracking unavailable for items to Ukraine",
            "Due to the situation in the country, we have suspended acceptance of all parcels "
            "and letters to Ukraine with immediate effect until further notice. Items already "
            "in our network will be returned.",
            "suspension",
            ["UA"],
            id="en-tracking-title-over-a-real-stop",
        ),
        pytest.param(
            "OM",
            "customs",
            "تعميم بشأن استيراد مستحضرات التجميل عبر البريد",
            "اعتباراً من 1 مارس 2026 لن يتم الإفراج عن الطرود البريدية التي تحتوي على مستحضرات "
            "تجميل إلا بعد الحصول على موافقة مسبقة من وزارة الصحة.",
            "new_requirement",
            ["OM"],
            id="ar-prior-approval",
        ),
        pytest.param(
            "TR",
            "carrier",
            "Azerbaycan gönderileri hakkında bilgilendirme",
            "Sınır kapısındaki yoğunluk nedeniyle müşterilerimizden gelen sorular üzerine: "
            "Azerbaycan'a gönderilerimiz hava yoluyla taşınmaktadır, bu nedenle gönderi "
            "kabulünde herhangi bir değişiklik bulunmamaktadır.",
            "informational",
            ["AZ"],
            id="tr-no-change-of-any-kind",
        ),
        pytest.param(
            "MZ",
            "customs",
            "Novas taxas aplicáveis às encomendas postais",
            "A partir de 1 de Janeiro de 2026 as encomendas postais de valor superior a 5.000 MT "
            "pagam uma taxa única de 20%, em vez de 15%. A taxa de serviços aduaneiros passa a "
            "ser cobrada também sobre as encomendas isentas.",
            "duty_tax_change",
            ["MZ"],
            id="pt-single-rate-and-a-fee-charged",
        ),
        pytest.param(
            "TN",
            "customs",
            "تذكير بالامتيازات الجبائية للطرود العائلية",
            "تذكّر الإدارة العامة للديوانة بأن الإجراءات المتعلقة بالطرود العائلية الموجهة إلى "
            "تونس لم يطرأ عليها أي تغيير، وتبقى الهدايا التي لا تتجاوز قيمتها 500 دينار معفاة.",
            "informational",
            ["TN"],
            id="ar-no-change-has-come-over-it",
        ),
        pytest.param(
            "MD",
            "postal",
            "Trimiterile către Italia sunt expediate conform programului obișnuit",
            "În legătură cu greva anunțată în Italia, Poșta Moldovei informează că trimiterile "
            "poștale către Italia se expediază conform programului obișnuit.",
            "informational",
            ["IT"],
            id="ro-on-the-usual-schedule",
        ),
        pytest.param(
            "IL",
            "postal",
            "חידוש שירותי דואר לירדן",
            "החל מיום ראשון תחודש קבלת דברי דואר מכל הסוגים לירדן. השירות ללבנון נותר מושהה עד "
            "להודעה חדשה.",
            "resumption",
            ["JO"],
            id="he-resumed-and-one-remains-suspended",
        ),
        pytest.param(
            "KZ",
            "postal",
            "Ресейге жіберілетін жөнелтілімдер шарттарының өзгеруі",
            "2026 жылғы 1 наурыздан бастап Ресейге жіберілетін тауар салынған сәлемдемелер "
            "жарияланған құны 200 еуродан аспаған жағдайда ғана қабылданады.",
            "restriction",
            ["RU"],
            id="kk-accepted-only-under-a-value",
        ),
        pytest.param(
            "UA",
            "postal",
            "Укрпошта відновлює відправлення до Канади",
            "З 1 грудня Укрпошта відновлює приймання посилок до Канади. Відправлення до "
            "Гренландії поки не приймаються.",
            "resumption",
            ["CA"],
            id="uk-not-accepted-for-now",
        ),
        pytest.param(
            "GB",
            "customs",
            "Border Force seizes 3,000 vapes at parcel hub",
            "Officers seized 3,000 illegal vapes hidden in parcels at the hub last week. From 1 "
            "March 2026, every parcel sent to the United Kingdom must carry an electronic "
            "customs declaration.",
            "new_requirement",
            ["GB"],
            id="en-a-dated-rule-below-a-seizure",
        ),
        pytest.param(
            "MA",
            "postal",
            "Pays du Golfe : nouvelles interdictions",
            "Les parfums contenant de l'alcool sont désormais interdits dans les colis à "
            "destination de l'Arabie saoudite et des Émirats arabes unis. Les autres pays du "
            "Golfe (Qatar, Bahreïn, Oman) n'ont pas notifié de changement.",
            "prohibited_items",
            ["AE", "SA"],
            id="fr-others-notified-no-change",
        ),
        pytest.param(
            "FR",
            "postal",
            "Reprise des envois vers la Nouvelle-Calédonie",
            "La Poste reprend depuis le 7 juin l'acheminement des colis vers la "
            "Nouvelle-Calédonie. Les envois vers la Polynésie française, qui n'avaient pas été "
            "suspendus, continuent normalement.",
            "resumption",
            ["NC"],
            id="fr-had-not-been-suspended",
        ),
        pytest.param(
            "MZ",
            "postal",
            "Artigos proibidos com destino à África do Sul",
            "A partir de 1 de Outubro é proibido enviar sementes e plantas em encomendas com "
            "destino à África do Sul. Os envios com destino ao Lesoto, que transitam pela "
            "África do Sul, não estão abrangidos por esta proibição.",
            "prohibited_items",
            ["ZA"],
            id="pt-not-covered-by-the-ban",
        ),
        pytest.param(
            "DE",
            "postal",
            "Norwegen: Höchstgewicht sinkt auf 20 kg",
            "Ab dem 1. Januar 2026 gilt für Pakete nach Norwegen ein Höchstgewicht von 20 kg. "
            "Die Zustellung nach Spitzbergen ist wie bisher ausgeschlossen.",
            "restriction",
            ["NO"],
            id="de-excluded-as-before",
        ),
        pytest.param(
            "US",
            "other",
            "Service alert: flooding in Central America",
            "Carriers report disruptions:\nCountry | Update\nHonduras (San Pedro Sula, "
            "Tegucigalpa) | Delays of several days\nGuatemala | Delays of up to a "
            "week\nShipments to Costa Rica are moving normally.",
            "delay",
            ["GT", "HN"],
            id="en-a-table-row-with-towns-in-brackets",
        ),
        pytest.param(
            "BY",
            "postal",
            "О приостановлении приема в Литовскую Республику",
            "С 29 октября временно приостанавливается прием всех видов международных почтовых "
            "отправлений в адрес Литовской Республики. Прием отправлений в адрес Латвийской "
            "Республики осуществляется в обычном режиме.",
            "suspension",
            ["LT"],
            id="ru-the-lithuanian-republic",
        ),
        pytest.param(
            "JO",
            "postal",
            "البريد ينفي فرض رسوم جديدة على الطرود",
            "نفت الشركة ما يتم تداوله حول فرض رسوم جديدة على الطرود الواردة، مؤكدة أن الرسوم "
            "المعمول بها لم يطرأ عليها أي تغيير.",
            "informational",
            ["JO"],
            id="ar-a-new-fee-denied",
        ),
        pytest.param(
            "GB",
            "postal",
            "Tracking updates unavailable for parcels to Lebanon",
            "Because of the security situation, we have suspended all services to Lebanon "
            "from 17:00 today. Items already in our network will be returned to the sender.",
            "suspension",
            ["LB"],
            id="en-tracking-title-naming-a-place-over-a-stop",
        ),
        pytest.param(
            "GB",
            "postal",
            "Tracking and payment pages unavailable on Saturday",
            "Our tracking and duty payment pages will be unavailable from 00:00 to 04:00 on "
            "Saturday. From 1 April, every international parcel must carry an electronic "
            "customs declaration or it will be returned.",
            "new_requirement",
            ["*"],
            id="en-a-dated-rule-beside-a-maintenance-window",
        ),
        pytest.param(
            "DE",
            "postal",
            "Neue Sonderbriefmarke verschoben",
            "Die gemeinsame Sonderbriefmarke mit der jordanischen Post erscheint später. Die "
            "Post setzt ab sofort die Annahme von Paketen nach Jordanien aus.",
            "suspension",
            ["JO"],
            id="de-a-stamp-in-the-title-of-a-stop",
        ),
        pytest.param(
            "IL",
            "postal",
            "השופט קבע: דואר ישראל יחדש את המשלוחים לקפריסין",
            "בעקבות עתירה, השופט קבע כי ההשעיה אינה חוקית. דואר ישראל מודיע כי החל מיום שני "
            "יחודש השירות לקפריסין.",
            "resumption",
            ["CY"],
            id="he-a-ruling-beside-a-resumption",
        ),
        pytest.param(
            "JP",
            "postal",
            "大阪地裁判決を受け、ベラルーシ宛て小包の引受を再開",
            "日本郵便は、大阪地裁の判決を受け、4月1日からベラルーシ宛ての小包郵便物の引受を再開します。",
            "resumption",
            ["BY"],
            id="ja-a-district-court-beside-a-resumption",
        ),
        pytest.param(
            "FR",
            "postal",
            "Grève : le tribunal du travail saisi, envois vers le Luxembourg retardés",
            "Le tribunal du travail examinera le recours des syndicats lundi. En attendant, "
            "les envois à destination du Luxembourg subiront des retards de deux à quatre "
            "jours.",
            "delay",
            ["LU"],
            id="fr-a-labour-court-beside-a-delay",
        ),
        pytest.param(
            "UA",
            "customs",
            "Митниця: нові ліміти для посилок",
            "Держмитслужба підбила підсумки року: виручка від митних платежів зросла. З 1 "
            "березня 2026 року неоподатковуваний ліміт для посилок знижується до 100 євро.",
            "duty_tax_change",
            ["UA"],
            id="uk-the-year-summed-up-beside-a-new-limit",
        ),
        pytest.param(
            "KE",
            "customs",
            "Customs seize cannabis in parcels at Nairobi mail centre",
            "Officers seized 40 kg of cannabis concealed in postal parcels. The Commissioner "
            "directed that henceforth every postal parcel must be accompanied by a commercial "
            "invoice.",
            "new_requirement",
            ["KE"],
            id="en-an-undated-rule-below-a-seizure",
        ),
        pytest.param(
            "IL",
            "postal",
            "עיכובים במשלוחים לקנדה",
            "עקב ביטול טיסות, דברי דואר לקנדה יעוכבו בכשבוע. ההטסה הסדירה תחודש עם חידוש הטיסות.",
            "delay",
            ["CA"],
            id="he-resumed-when-flights-resume",
        ),
        pytest.param(
            "TR",
            "customs",
            "Gümrük muafiyet sınırı düşürüldü",
            "1 Mart 2026'dan itibaren yurt dışından gelen posta gönderilerinde gümrük "
            "muafiyet sınırı 20 avroya düşürülmüştür. Gönderim prosedürlerinde ise herhangi "
            "bir değişiklik yoktur.",
            "duty_tax_change",
            ["TR"],
            id="tr-no-change-of-procedure-beside-a-new-limit",
        ),
    ],
)
def test_places_and_kinds_of_changes(
    origin: str, source_kind: str, title: str, text: str, kind: str, codes: list[str]
) -> None:
    _check(title, text, origin, source_kind, kind, codes)


@pytest.mark.parametrize(
    ("origin", "source_kind", "title", "text"),
    [
        pytest.param(
            "GB",
            "postal",
            "Parcel tracking unavailable on Saturday night",
            "Because of planned work on our systems, tracking on our website and app will be "
            "unavailable from 23:00 to 05:00. You also cannot pay import VAT and customs duty "
            "online during this time. Posting and delivery of parcels, including international "
            "ones, continue as normal.",
            id="en-tracking-down-for-a-night",
        ),
        pytest.param(
            "BR",
            "postal",
            "Rastreamento de objetos indisponível na madrugada de domingo",
            "Devido a uma atualização programada, o rastreamento de objetos nacionais e "
            "internacionais não poderá ser consultado entre 1h e 6h. Nesse período ficam "
            "suspensos também o pagamento de impostos de importação e a emissão de etiquetas. "
            "A postagem e a entrega seguem normalmente.",
            id="pt-tracking-down-for-a-night",
        ),
        pytest.param(
            "PL",
            "postal",
            "Śledzenie przesyłek niedostępne w nocy z soboty na niedzielę",
            "W związku z pracami na naszych serwerach śledzenie przesyłek krajowych i "
            "zagranicznych będzie niedostępne od 22:00 do 4:00. Nadawanie i doręczanie paczek "
            "odbywa się bez zmian.",
            id="pl-tracking-down-for-a-night",
        ),
        pytest.param(
            "SA",
            "postal",
            "طرح منافسة عامة لتوريد أجهزة فحص للطرود الدولية",
            "تعلن المؤسسة عن طرح منافسة عامة لتوريد وتركيب أجهزة فحص بالأشعة للطرود الدولية في "
            "مركز جدة. آخر موعد لتقديم العروض 30 نوفمبر. يشترط في المتقدمين تقديم الضمان "
            "الابتدائي. فتح المظاريف في 1 ديسمبر.",
            id="ar-public-competition-is-a-tender",
        ),
        pytest.param(
            "IL",
            "other",
            "בית המשפט דחה תביעה נגד חברת שליחויות בשל עיכובים",
            "בית המשפט המחוזי בחיפה דחה בקשה לאישור תובענה ייצוגית נגד חברת שליחויות, בטענה "
            'לעיכובים במסירת חבילות מחו"ל בשנת 2022. השופט קבע כי העיכובים נבעו מעומס במכס.',
            id="he-class-action-dismissed",
        ),
        pytest.param(
            "GE",
            "postal",
            "ვაკანსია – ამანათების დამუშავების ოპერატორი",
            "მოვალეობები: საერთაშორისო ამანათების მიღება, საბაჟო დეკლარაციების CN22/CN23 "
            "შემოწმება, აკრძალული ნივთების იდენტიფიცირება. განაცხადის ბოლო ვადა: 30 მაისი.",
            id="ka-vacancy-title",
        ),
        pytest.param(
            "CN",
            "customs",
            "海关在邮递渠道查获走私香烟",
            "近日，海关在对进境邮件监管中查获走私香烟3000条。案件已移交缉私部门处理。海关提醒，"
            "个人应如实申报，切勿心存侥幸。",
            id="zh-advice-to-declare-below-a-seizure",
        ),
        pytest.param(
            "JP",
            "other",
            "越境ECの関税をめぐる訴訟、大阪地裁が請求を棄却",
            "大阪地裁は、米国あて荷物の関税立替金をめぐる訴訟で、物流会社の請求を棄却する判決を"
            "言い渡した。米国では少額貨物の免税措置が停止されている。",
            id="ja-a-claim-dismissed-in-court",
        ),
        pytest.param(
            "PT",
            "other",
            "Enfermeiros em greve nos hospitais centrais",
            "Os enfermeiros iniciaram hoje uma greve de três dias. As consultas externas ficam "
            "suspensas e as cirurgias programadas foram adiadas; a distribuição de medicamentos "
            "está assegurada.",
            id="pt-a-hospital-strike",
        ),
        pytest.param(
            "FR",
            "other",
            "Le tribunal du travail condamne la poste nationale",
            "Le tribunal du travail a condamné la société postale à verser des dommages et "
            "intérêts à 120 agents. L'avocat de la société compte interjeter appel. Le ministre "
            "promet la reprise d'un service de colis vers les provinces.",
            id="fr-a-labour-court-ruling",
        ),
        pytest.param(
            "DZ",
            "postal",
            "إجراءات جديدة لسحب المعاشات من مكاتب البريد",
            "تعلن المؤسسة عن إجراءات جديدة لسحب المعاشات: يجب على المتقاعدين تقديم بطاقة "
            "التعريف عند الشباك ابتداءً من 1 أبريل.",
            id="ar-new-procedures-for-pensions",
        ),
        pytest.param(
            "IL",
            "postal",
            "חידוש שירותי תיבות דואר לשנת 2027",
            "יש לחדש את דמי השימוש בתיבות הדואר עד 31 בינואר. חידוש שירותי התיבה ניתן באתר "
            "ובסניפים.",
            id="he-renewal-of-a-po-box",
        ),
    ],
)
def test_look_alikes_change_no_mail(origin: str, source_kind: str, title: str, text: str) -> None:
    _check(title, text, origin, source_kind, "irrelevant")
