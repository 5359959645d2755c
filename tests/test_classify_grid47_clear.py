"""All-clears and negated changes, language by language (grid 47): a notice that tells senders
nothing changed for mail to Canada ("continues to be accepted as normal", "there is no suspension",
"no delays are expected", "we have received no notice of a suspension"), in a body sentence or a
feed item's title, is informational and names Canada; a stop the text denies as a rumour is no
change; and the words of an all-clear said in another sense ("longer than usual", "only documents
continue to be accepted", "no longer normal") make none.

Each sentence is our own."""

from __future__ import annotations

import pytest

from monitor.classify import classify

# (language, title, text): each tells that mail to Canada goes on as before
ALL_CLEAR = [
    ("en", "Update", "Mail and parcels to Canada continue to be accepted and delivered as normal."),
    ("en", "Update", "Postal services to Canada operate normally."),
    ("en", "Update", "There is no suspension of mail to Canada."),
    ("en", "Update", "No delays are expected for items to Canada."),
    ("en", "Service to Canada continues as normal", "Read more"),
    (
        "de",
        "Update",
        ("Briefe und Pakete nach Kanada werden weiterhin wie gewohnt angenommen und zugestellt."),
    ),
    ("de", "Update", "Für Sendungen nach Kanada werden keine Verzögerungen erwartet."),
    ("de", "Versand nach Kanada läuft normal weiter", "Read more"),
    ("de", "Kanada: keine Änderungen beim Postversand", "Read more"),
    (
        "fr",
        "Update",
        (
            "Le courrier et les colis à destination du Canada continuent d'être "
            "acceptés et distribués normalement."
        ),
    ),
    ("fr", "Update", "Les envois vers le Canada ne sont pas concernés."),
    ("fr", "Update", "Il n'y a pas de suspension des envois vers le Canada."),
    ("fr", "Update", "Aucun retard n'est prévu pour les envois vers le Canada."),
    ("fr", "Les envois vers le Canada se poursuivent normalement", "Read more"),
    (
        "es",
        "Update",
        (
            "Los envíos y paquetes con destino a Canadá se siguen admitiendo y "
            "entregando con normalidad."
        ),
    ),
    ("es", "Update", "Los envíos a Canadá no se ven afectados."),
    ("es", "Update", "No hay suspensión de los envíos a Canadá."),
    ("es", "Update", "No se prevén retrasos en los envíos a Canadá."),
    (
        "es",
        "Update",
        (
            "No hemos recibido ninguna notificación de suspensión o retraso por parte "
            "del correo de Canadá."
        ),
    ),
    (
        "it",
        "Update",
        (
            "La posta e i pacchi diretti in Canada continuano a essere accettati e "
            "consegnati regolarmente."
        ),
    ),
    ("it", "Update", "Le spedizioni verso il Canada non sono interessate."),
    ("it", "Update", "Non vi è alcuna sospensione delle spedizioni verso il Canada."),
    ("it", "Update", "Non sono previsti ritardi per le spedizioni verso il Canada."),
    (
        "pt",
        "Update",
        "As encomendas para o Canadá continuam a ser aceites e entregues normalmente.",
    ),
    ("pt", "Update", "Os envios para o Canadá não são afetados."),
    ("pt", "Update", "Não existe qualquer suspensão dos envios para o Canadá."),
    ("pt", "Update", "Não se preveem atrasos nos envios para o Canadá."),
    ("pt", "Canadá: sem alterações no serviço postal", "Read more"),
    (
        "pt-br",
        "Update",
        "As encomendas para o Canadá continuam sendo aceitas e entregues normalmente.",
    ),
    ("pt-br", "Update", "Os envios para o Canadá não foram afetados."),
    ("pt-br", "Update", "Não há suspensão dos envios para o Canadá."),
    ("pt-br", "Update", "Não são esperados atrasos nas entregas para o Canadá."),
    ("pt-br", "Envios para o Canadá seguem normalmente", "Read more"),
    (
        "nl",
        "Update",
        "Post en pakketten naar Canada worden nog steeds normaal aangenomen en bezorgd.",
    ),
    ("nl", "Update", "De postdiensten naar Canada werken normaal."),
    ("nl", "Update", "Zendingen naar Canada zijn niet getroffen."),
    ("nl", "Update", "Er is geen opschorting van zendingen naar Canada."),
    ("nl", "Update", "Er worden geen vertragingen verwacht voor zendingen naar Canada."),
    ("pl", "Update", "Przesyłki do Kanady są nadal przyjmowane i doręczane normalnie."),
    ("pl", "Update", "Usługi pocztowe do Kanady działają normalnie."),
    ("pl", "Update", "Utrudnienia nie dotyczą przesyłek do Kanady."),
    ("pl", "Update", "Wysyłka do Kanady nie została zawieszona."),
    ("pl", "Update", "Nie przewiduje się opóźnień w doręczaniu przesyłek do Kanady."),
    ("cs", "Update", "Zásilky do Kanady nadále přijímáme a doručujeme jako obvykle."),
    ("cs", "Update", "Zásilky do Kanady nejsou dotčeny."),
    ("cs", "Update", "U zásilek do Kanady se neočekávají žádná zpoždění."),
    ("sk", "Update", "Zásielky do Kanady naďalej prijímame a doručujeme ako zvyčajne."),
    ("sk", "Update", "Zásielky do Kanady nie sú dotknuté."),
    ("sk", "Update", "Pri zásielkach do Kanady sa neočakávajú žiadne meškania."),
    (
        "hu",
        "Update",
        (
            "A Kanadába szóló küldeményeket továbbra is a megszokott módon vesszük fel "
            "és kézbesítjük."
        ),
    ),
    ("hu", "Update", "A Kanadába irányuló postai szolgáltatások rendben működnek."),
    ("hu", "Update", "A Kanadába szóló küldeményeket ez nem érinti."),
    ("hu", "Update", "A Kanadába irányuló küldemények felvétele nincs felfüggesztve."),
    ("hu", "Update", "A Kanadába szóló küldeményeknél nem várható késés."),
    (
        "ro",
        "Update",
        "Trimiterile către Canada sunt în continuare acceptate și livrate în mod normal.",
    ),
    ("ro", "Update", "Trimiterile către Canada nu sunt afectate."),
    ("ro", "Update", "Nu există nicio suspendare a trimiterilor către Canada."),
    ("ro", "Update", "Nu se așteaptă întârzieri pentru trimiterile către Canada."),
    ("ro", "Canada: nicio modificare a serviciului poștal", "Read more"),
    ("bg", "Update", "Пратките за Канада продължават да се приемат и доставят нормално."),
    ("bg", "Update", "Пратките за Канада не са засегнати."),
    ("bg", "Update", "Няма спиране на пратките за Канада."),
    ("bg", "Update", "Не се очакват забавяния при пратките за Канада."),
    ("sr", "Update", "Пошиљке за Канаду се и даље примају и уручују нормално."),
    ("sr", "Update", "Pošiljke za Kanadu nisu pogođene."),
    ("sr", "Update", "Нема обуставе пријема пошиљака за Канаду."),
    ("sr", "Update", "Ne očekuju se kašnjenja za pošiljke za Kanadu."),
    ("sr", "Update", "Нисмо примили никакво обавештење о обустави или кашњењу од поште Канаде."),
    ("hr", "Update", "Pošiljke za Kanadu i dalje se primaju i uručuju uobičajeno."),
    ("hr", "Update", "Pošiljke za Kanadu nisu pogođene."),
    ("hr", "Update", "Nema obustave prijma pošiljaka za Kanadu."),
    ("hr", "Update", "Ne očekuju se kašnjenja za pošiljke za Kanadu."),
    ("sl", "Update", "Pošiljke v Kanado še naprej sprejemamo in dostavljamo kot običajno."),
    ("sl", "Update", "Pošiljke v Kanado niso prizadete."),
    ("sl", "Update", "Sprejem pošiljk v Kanado ni prekinjen."),
    ("sl", "Update", "Pri pošiljkah v Kanado ne pričakujemo zamud."),
    (
        "el",
        "Update",
        (
            "Οι αποστολές προς τον Καναδά εξακολουθούν να γίνονται δεκτές και να "
            "επιδίδονται κανονικά."
        ),
    ),
    ("el", "Update", "Οι ταχυδρομικές υπηρεσίες προς τον Καναδά λειτουργούν κανονικά."),
    ("el", "Update", "Οι αποστολές προς τον Καναδά δεν επηρεάζονται."),
    ("el", "Update", "Δεν υπάρχει αναστολή των αποστολών προς τον Καναδά."),
    ("el", "Update", "Δεν αναμένονται καθυστερήσεις για τις αποστολές προς τον Καναδά."),
    (
        "tr",
        "Update",
        (
            "Kanada'ya gönderiler her zamanki gibi kabul edilmeye ve teslim edilmeye "
            "devam etmektedir."
        ),
    ),
    ("tr", "Update", "Kanada'ya gönderiler etkilenmemektedir."),
    ("tr", "Update", "Kanada'ya gönderilerde herhangi bir durdurma söz konusu değildir."),
    ("tr", "Update", "Kanada'ya gönderilerde herhangi bir gecikme beklenmemektedir."),
    (
        "ru",
        "Update",
        "Отправления в Канаду по-прежнему принимаются и доставляются в обычном режиме.",
    ),
    ("ru", "Update", "Почтовая связь с Канадой работает нормально."),
    ("ru", "Update", "Отправления в Канаду не затронуты."),
    ("ru", "Update", "Мы не получали от почты Канады уведомлений о приостановке или задержках."),
    (
        "uk",
        "Update",
        ("Відправлення до Канади й надалі приймаються та доставляються у звичайному режимі."),
    ),
    ("uk", "Update", "Поштові послуги до Канади працюють нормально."),
    ("uk", "Update", "Це не стосується відправлень до Канади."),
    ("uk", "Відправлення до Канади тривають у звичайному режимі", "Read more"),
    ("sv", "Update", "Brev och paket till Kanada tas fortfarande emot och delas ut som vanligt."),
    ("sv", "Update", "Försändelser till Kanada påverkas inte."),
    ("sv", "Update", "Det finns inget stopp för försändelser till Kanada."),
    ("sv", "Update", "Inga förseningar väntas för försändelser till Kanada."),
    ("sv", "Försändelser till Kanada går som vanligt", "Read more"),
    ("da", "Update", "Breve og pakker til Canada modtages og leveres fortsat som normalt."),
    ("da", "Update", "Forsendelser til Canada er ikke berørt."),
    ("da", "Update", "Der er ikke stop for forsendelser til Canada."),
    ("da", "Update", "Der forventes ingen forsinkelser for forsendelser til Canada."),
    ("da", "Forsendelser til Canada kører som normalt", "Read more"),
    ("no", "Update", "Brev og pakker til Canada blir fortsatt tatt imot og levert som normalt."),
    ("no", "Update", "Sendinger til Canada er ikke berørt."),
    ("no", "Update", "Det er ingen stans i sendinger til Canada."),
    ("no", "Update", "Det forventes ingen forsinkelser for sendinger til Canada."),
    ("no", "Sendinger til Canada går som normalt", "Read more"),
    (
        "fi",
        "Update",
        (
            "Kanadaan lähetettäviä kirjeitä ja paketteja otetaan edelleen vastaan ja "
            "toimitetaan normaalisti."
        ),
    ),
    ("fi", "Update", "Tilanne ei vaikuta Kanadaan lähetettäviin lähetyksiin."),
    ("fi", "Update", "Kanadaan lähetettävien lähetysten vastaanottoa ei ole keskeytetty."),
    ("fi", "Update", "Kanadaan lähetettäviin lähetyksiin ei odoteta viiveitä."),
    ("fi", "Lähetykset Kanadaan kulkevat normaalisti", "Read more"),
    (
        "et",
        "Update",
        ("Saadetisi Kanadasse võetakse jätkuvalt vastu ja toimetatakse kohale tavapäraselt."),
    ),
    ("et", "Update", "Kanadasse saadetavaid saadetisi see ei mõjuta."),
    ("et", "Update", "Saadetiste vastuvõttu Kanadasse ei ole peatatud."),
    ("et", "Update", "Kanadasse saadetavatel saadetistel viivitusi ei ole oodata."),
    ("et", "Saadetised Kanadasse liiguvad tavapäraselt", "Read more"),
    ("lv", "Update", "Sūtījumi uz Kanādu joprojām tiek pieņemti un piegādāti kā parasti."),
    ("lv", "Update", "Sūtījumus uz Kanādu tas neietekmē."),
    ("lv", "Update", "Sūtījumu pieņemšana uz Kanādu nav apturēta."),
    ("lv", "Update", "Sūtījumiem uz Kanādu kavējumi nav gaidāmi."),
    ("lv", "Sūtījumi uz Kanādu tiek piegādāti kā parasti", "Read more"),
    ("lt", "Update", "Siuntos į Kanadą ir toliau priimamos ir pristatomos įprastai."),
    ("lt", "Update", "Siuntoms į Kanadą tai neturi įtakos."),
    ("lt", "Update", "Siuntų į Kanadą priėmimas nesustabdytas."),
    ("lt", "Update", "Siuntų į Kanadą vėlavimų nesitikima."),
    ("lt", "Siuntos į Kanadą keliauja įprastai", "Read more"),
    ("ar", "Update", "لا تزال المراسلات والطرود المرسلة إلى كندا تُقبل وتُسلَّم بشكل طبيعي."),
    ("ar", "Update", "تعمل الخدمات البريدية إلى كندا بشكل طبيعي."),
    ("ar", "كندا: لا تغييرات في الخدمة البريدية", "Read more"),
    ("he", "Update", "דברי דואר וחבילות לקנדה ממשיכים להתקבל ולהימסר כרגיל."),
    ("he", "Update", "המשלוחים לקנדה אינם מושפעים."),
    ("he", "Update", "אין השעיה של משלוחים לקנדה."),
    ("he", "Update", "לא צפויים עיכובים במשלוחים לקנדה."),
    ("fa", "Update", "مرسولات پستی به کانادا همچنان به روال عادی پذیرش و تحویل می\u200cشوند."),
    ("fa", "Update", "مرسولات به کانادا تحت تأثیر قرار نگرفته\u200cاند."),
    ("fa", "Update", "هیچ تعلیقی در ارسال مرسولات به کانادا وجود ندارد."),
    ("hi", "Update", "कनाडा के लिए डाक और पार्सल सामान्य रूप से स्वीकार और वितरित किए जा रहे हैं।"),
    ("hi", "Update", "कनाडा के लिए डाक सेवाएं सामान्य रूप से चल रही हैं।"),
    ("hi", "Update", "कनाडा के लिए भेजी जाने वाली डाक प्रभावित नहीं है।"),
    ("hi", "Update", "कनाडा के लिए डाक सेवा का कोई निलंबन नहीं है।"),
    ("hi", "Update", "कनाडा के लिए डाक में किसी देरी की संभावना नहीं है।"),
    ("bn", "কানাডা: ডাক সেবায় কোনো পরিবর্তন নেই", "Read more"),
    ("vi", "Update", "Bưu gửi đi Canada vẫn được chấp nhận và phát bình thường."),
    ("vi", "Update", "Dịch vụ bưu chính đi Canada vẫn hoạt động bình thường."),
    ("vi", "Update", "Bưu gửi đi Canada không bị ảnh hưởng."),
    ("vi", "Update", "Không có việc tạm ngừng chấp nhận bưu gửi đi Canada."),
    ("vi", "Update", "Dự kiến không có chậm trễ đối với bưu gửi đi Canada."),
    ("id", "Update", "Kiriman ke Kanada tetap diterima dan diantar seperti biasa."),
    ("id", "Update", "Layanan pos ke Kanada berjalan normal."),
    ("id", "Update", "Kiriman ke Kanada tidak terdampak."),
    ("id", "Update", "Tidak ada penangguhan pengiriman ke Kanada."),
    ("id", "Update", "Tidak ada keterlambatan yang diperkirakan untuk kiriman ke Kanada."),
    ("ms", "Update", "Kiriman ke Kanada masih diterima dan dihantar seperti biasa."),
    ("ms", "Update", "Perkhidmatan pos ke Kanada beroperasi seperti biasa."),
    ("ms", "Update", "Kiriman ke Kanada tidak terjejas."),
    ("ms", "Update", "Tiada penggantungan penghantaran ke Kanada."),
    ("ms", "Update", "Tiada kelewatan dijangka bagi kiriman ke Kanada."),
    ("tl", "Update", "Patuloy na tinatanggap at inihahatid nang normal ang mga padala sa Canada."),
    ("tl", "Update", "Normal ang operasyon ng serbisyong koreo papuntang Canada."),
    ("tl", "Update", "Hindi apektado ang mga padala sa Canada."),
    ("tl", "Update", "Walang suspensyon ng mga padala sa Canada."),
    ("tl", "Update", "Walang inaasahang pagkaantala sa mga padala sa Canada."),
    ("ja", "Update", "カナダあての郵便物は、通常どおりお引き受けし、配達しております。"),
    ("ja", "Update", "カナダあての郵便サービスは通常どおり運行しています。"),
    ("ja", "Update", "カナダあての郵便物への影響はありません。"),
    ("ja", "Update", "カナダあて郵便物の引受停止はありません。"),
    ("ja", "Update", "カナダあての郵便物に遅延は見込まれておりません。"),
    ("ko", "Update", "캐나다행 우편물은 평소와 같이 접수 및 배달되고 있습니다."),
    ("ko", "Update", "캐나다행 우편 서비스는 정상적으로 운영되고 있습니다."),
    ("ko", "Update", "캐나다행 우편물은 영향을 받지 않습니다."),
    ("ko", "Update", "캐나다행 우편물 접수 중지는 없습니다."),
    ("ko", "Update", "캐나다행 우편물의 배송 지연은 예상되지 않습니다."),
    ("zh", "Update", "寄往加拿大的邮件和包裹照常收寄和投递。"),
    ("zh", "Update", "寄往加拿大的邮政服务运行正常。"),
    ("zh", "Update", "寄往加拿大的邮件不受影响。"),
    ("zh", "Update", "寄往加拿大的邮件没有暂停收寄。"),
    ("zh", "Update", "寄往加拿大的邮件预计不会出现延误。"),
    ("zh-tw", "Update", "寄往加拿大的郵件及包裹照常收寄及投遞。"),
    ("zh-tw", "Update", "寄往加拿大的郵件不受影響。"),
    ("zh-tw", "Update", "寄往加拿大的郵件並無暫停收寄。"),
    ("zh-tw", "Update", "寄往加拿大的郵件預計不會延誤。"),
    ("zh-tw", "寄往加拿大郵件照常收寄", "Read more"),
]

# (language, title, text, destinations): all-clears beside an alarming event
BESIDE_EVENT = [
    (
        "en",
        "Earthquake in Japan",
        "Following the earthquake, mail to Japan continues to be accepted as usual.",
        ["JP"],
    ),
    ("en", "Update", "There is no ban on lithium batteries in mail to Canada.", ["CA"]),
    (
        "en",
        "Update",
        "International mail to all destinations continues to be accepted as normal.",
        ["*"],
    ),
    (
        "en",
        "Strike in Canada",
        "Despite the strike, there is no suspension of mail to Canada.",
        ["CA"],
    ),
    ("de", "Update", "Es gibt kein Verbot von Lithiumbatterien in Sendungen nach Kanada.", ["CA"]),
    (
        "fr",
        "Grève au Canada",
        "Malgré la grève, les envois vers le Canada ne sont pas suspendus.",
        ["CA"],
    ),
    (
        "es",
        "Terremoto en Japón",
        "Tras el terremoto, los envíos a Japón se siguen admitiendo con normalidad.",
        ["JP"],
    ),
    (
        "pt",
        "Update",
        "Não existe qualquer proibição de envio de baterias de lítio para o Canadá.",
        ["CA"],
    ),
]

# (language, title, text): a stop told as a rumour and denied
DENIED = [
    (
        "en",
        "Update",
        (
            "Messages circulating on social media claiming that mail to Canada is "
            "suspended are false."
        ),
    ),
    ("de", "Update", "Berichte, wonach der Versand nach Kanada eingestellt sei, sind falsch."),
    (
        "fr",
        "Update",
        ("Les rumeurs selon lesquelles les envois vers le Canada seraient suspendus sont fausses."),
    ),
    ("es", "Update", "Los rumores de que los envíos a Canadá están suspendidos son falsos."),
    (
        "it",
        "Update",
        "Le voci secondo cui le spedizioni verso il Canada sarebbero sospese sono false.",
    ),
    ("nl", "Update", "Berichten dat zendingen naar Canada zijn opgeschort, kloppen niet."),
    (
        "ru",
        "Update",
        "Слухи о приостановке отправлений в Канаду не соответствуют действительности.",
    ),
    ("ja", "Update", "カナダあて郵便物の引受けを停止するとの噂がありますが、事実ではありません。"),
    ("zh", "Update", "网传寄往加拿大的邮件暂停收寄，该信息不实。"),
    ("ko", "Update", "캐나다행 우편물 접수가 중단되었다는 소문은 사실이 아닙니다."),
    ("tr", "Update", "Kanada'ya gönderilerin durdurulduğuna dair iddialar asılsızdır."),
]

# (language, text): words of an all-clear that must not make one here
NOT_CLEAR = [
    ("sl", "Zaradi stavke pošiljke v Kanado potujejo dlje kot običajno."),
    ("sk", "Zásielky do Kanady sú doručované dlhšie ako zvyčajne."),
    ("cs", "Zásilky do Kanady jsou doručovány déle než obvykle."),
    (
        "ro",
        (
            "În mod normal, livrarea în Canada durează 5 zile, dar în prezent există "
            "întârzieri mari."
        ),
    ),
    (
        "tr",
        (
            "Kanada'ya gönderilerin kabulü durdurulmuştur. Bu durum yurt içi gönderiler "
            "için söz konusu değildir."
        ),
    ),
    ("ru", "Приём посылок в Канаду приостановлен. Новых указаний не поступало."),
    (
        "de",
        (
            "Ab 1. März gilt die Regelung, wonach alle Pakete nach Kanada eine "
            "Zolltarifnummer enthalten müssen."
        ),
    ),
    (
        "de",
        (
            "Der Versand nach Kanada ist ausgesetzt. Ist die Adresse falsch, geht die "
            "Sendung zurück."
        ),
    ),
    ("en", "No delays are expected for letters, but parcels to Canada are suspended."),
    ("pl", "Opłaty bez zmian. Wysyłka paczek do Kanady zostaje zawieszona."),
    ("lv", "Sūtījumi uz Kanādu tiek piegādāti ilgāk nekā parasti."),
    ("he", "משלוחים לקנדה מתעכבים יותר מהרגיל."),
    ("zh", "寄往加拿大的包裹暂停收寄。如果我们没有收到您的包裹，请联系客服。"),
    ("fr", "Aucune suspension des lettres, mais les colis vers le Canada sont suspendus."),
    (
        "it",
        ("Le spedizioni di pacchi verso il Canada sono sospese. Le lettere non sono interessate."),
    ),
    ("hu", "A Kanadába szóló küldemények kézbesítése késik; a felvétel nincs felfüggesztve."),
    ("id", "Pengiriman paket ke Kanada dihentikan sementara. Surat tetap diterima."),
    ("en", "Only documents continue to be accepted for Canada."),
    ("en", "Delivery to Canada is not as fast as usual."),
    ("en", "Delivery to Canada is no longer normal."),
    ("de", "Nach Kanada werden weiterhin nur Dokumente angenommen."),
    ("de", "Die Zustellung nach Kanada ist nicht so schnell wie gewohnt."),
    ("fr", "La distribution vers le Canada n'est plus assurée normalement."),
    ("es", "Solo se siguen admitiendo documentos con destino a Canadá."),
    ("es", "Los envíos a Canadá ya no se entregan con normalidad."),
    ("it", "Le consegne verso il Canada non avvengono più regolarmente."),
    ("pt", "As entregas para o Canadá já não decorrem normalmente."),
    ("nl", "Zendingen naar Canada worden niet meer normaal bezorgd."),
    ("pl", "Przesyłki do Kanady nie są już doręczane normalnie."),
    ("ru", "Доставка отправлений в Канаду больше не осуществляется в обычном режиме."),
]


@pytest.mark.parametrize(("lang", "title", "text"), ALL_CLEAR)
def test_all_clear_is_informational_for_canada(lang: str, title: str, text: str) -> None:
    result = classify(title, text, origin="GB", source_kind="postal")
    assert result.relevant, (lang, text)
    assert result.change_kind == "informational", (lang, text, result.change_kind)
    assert "CA" in result.destinations, (lang, text, result.destinations)


@pytest.mark.parametrize(("lang", "title", "text", "places"), BESIDE_EVENT)
def test_all_clear_beside_an_event(lang: str, title: str, text: str, places: list[str]) -> None:
    result = classify(title, text, origin="GB", source_kind="postal")
    assert result.change_kind == "informational", (lang, text, result.change_kind)
    assert set(places) <= set(result.destinations), (lang, text, result.destinations)


@pytest.mark.parametrize(("lang", "title", "text"), DENIED)
def test_denied_rumour_is_no_change(lang: str, title: str, text: str) -> None:
    result = classify(title, text, origin="GB", source_kind="postal")
    assert result.change_kind in ("informational", "irrelevant"), (lang, text, result.change_kind)


@pytest.mark.parametrize(("lang", "text"), NOT_CLEAR)
def test_words_of_an_all_clear_in_another_sense(lang: str, text: str) -> None:
    result = classify("Update", text, origin="GB", source_kind="postal")
    assert result.change_kind != "informational", (lang, text)
