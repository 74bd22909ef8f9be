<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fi_FI">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop_app/ui/about.py" line="80"/>
        <source>Tietoja – %1</source>
        <translation>About %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about.py" line="85"/>
        <source>Kainuun liiton kuntaneuvottelujen palautteen kirjaus</source>
        <translation>Recording the Regional Council of Kainuu&apos;s municipal negotiations</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about.py" line="90"/>
        <source>ei tiedossa</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about.py" line="92"/>
        <location filename="../../desktop_app/ui/about.py" line="142"/>
        <source>Versio</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about.py" line="93"/>
        <source>Tietokansio</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about.py" line="94"/>
        <source>Tietokanta</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about.py" line="95"/>
        <source>Tietokannan rakenneversio</source>
        <translation>Database schema version</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about.py" line="96"/>
        <source>Qt / PySide6</source>
        <translation>Qt / PySide6</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about.py" line="97"/>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about.py" line="98"/>
        <source>Julkaisija</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about.py" line="111"/>
        <source>Mukana olevien osien lisenssit</source>
        <translation>Licences of the bundled components</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about.py" line="115"/>
        <source>&amp;Sulje</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about.py" line="122"/>
        <source>Mukana olevat osat ja niiden lisenssit:</source>
        <translation>Bundled components and their licences:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about.py" line="138"/>
        <source>Qt ja PySide6 ovat LGPL-3.0-lisenssin alaisia: ne on asennettu erillisinä kirjastoina, jotka voi vaihtaa omaan käännökseen. Fonttien lisenssitekstit ovat sovelluksen resources/fonts-kansiossa.</source>
        <translation>Qt and PySide6 are licensed under the LGPL-3.0: they are installed as separate libraries that can be replaced with your own build. The fonts&apos; licence texts are in the app&apos;s resources/fonts folder.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about.py" line="142"/>
        <source>Osa</source>
        <translation>Component</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about.py" line="142"/>
        <source>Lisenssi</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about.py" line="142"/>
        <source>Lähde</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="34"/>
        <source>&amp;Suunnittele kierros…</source>
        <translation>&amp;Plan a round…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="35"/>
        <source>&amp;Lopeta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="37"/>
        <source>&amp;Uusi kohta</source>
        <translation>&amp;New item</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="38"/>
        <source>&amp;Poista kohta</source>
        <translation>&amp;Delete item</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="39"/>
        <source>Siirrä kohta &amp;ylös</source>
        <translation>Move item u&amp;p</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="40"/>
        <source>Siirrä kohta &amp;alas</source>
        <translation>Move item do&amp;wn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="43"/>
        <source>&amp;Hae…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="44"/>
        <source>&amp;Kierrokset ja neuvottelut</source>
        <translation>&amp;Rounds and meetings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="45"/>
        <source>Avoin &amp;neuvottelu</source>
        <translation>Open &amp;meeting</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="46"/>
        <source>&amp;Jatkotoimenpiteet</source>
        <translation>F&amp;ollow-ups</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="47"/>
        <source>&amp;Takaisin</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="48"/>
        <source>&amp;Merkitse jatkotoimenpide tehdyksi</source>
        <translation>Mar&amp;k follow-up done</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="52"/>
        <source>&amp;Osallistujat</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="53"/>
        <source>&amp;Edunajamiskohteet</source>
        <translation>&amp;Advocacy targets</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="56"/>
        <source>&amp;Aluekehitys</source>
        <translation>Re&amp;gional development</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="36"/>
        <source>Vaihda tekijän &amp;nimi…</source>
        <translation>Change author &amp;name…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="41"/>
        <source>Kopioi a&amp;iemmalta kierrokselta</source>
        <translation>Copy from an &amp;earlier round</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="50"/>
        <source>Seu&amp;raava osio</source>
        <translation>Ne&amp;xt section</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="51"/>
        <source>Ede&amp;llinen osio</source>
        <translation>Pre&amp;vious section</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="54"/>
        <source>Seuraava kommentoimaton &amp;sektori</source>
        <translation>Next &amp;uncommented sector</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="58"/>
        <source>S&amp;iirry osioluetteloon</source>
        <translation>Go to the section &amp;list</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="59"/>
        <source>Avaa valikkorivi</source>
        <translation>Open the menu bar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="60"/>
        <source>&amp;Aloita neuvottelu</source>
        <translation>&amp;Start meeting</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="62"/>
        <source>&amp;Sulje neuvottelu…</source>
        <translation>&amp;Close meeting…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="63"/>
        <source>Avaa uudelleen &amp;muokattavaksi</source>
        <translation>&amp;Reopen for editing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="64"/>
        <source>&amp;Vie kuntajohtajakokouksen asialistalle…</source>
        <translation>&amp;Bring to a managers&apos; meeting agenda…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="66"/>
        <source>Avaa kohdan &amp;kuntajohtajakokous</source>
        <translation>Open the item&apos;s &amp;managers&apos; meeting</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="68"/>
        <source>&amp;Toimintasektorit…</source>
        <translation>&amp;Sectors…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="69"/>
        <source>Kuntaneu&amp;vottelut</source>
        <translation>Municipal &amp;negotiations</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="70"/>
        <source>K&amp;untajohtajakokoukset</source>
        <translation>Municipal managers&apos; mee&amp;tings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="71"/>
        <source>&amp;Suunnittele vuoden kokoukset…</source>
        <translation>&amp;Plan the year&apos;s meetings…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="72"/>
        <source>&amp;Lisää ylimääräinen kokous…</source>
        <translation>&amp;Add an extra meeting…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="74"/>
        <source>&amp;Asialista</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="75"/>
        <source>L&amp;äsnäolo</source>
        <translation>Atte&amp;ndance</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="76"/>
        <source>Siirrä asia s&amp;euraavaan kokoukseen</source>
        <translation>&amp;Carry the matter to the next meeting</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="78"/>
        <source>&amp;Tuo asia neuvotteluista…</source>
        <translation>&amp;Bring a matter from the negotiations…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="80"/>
        <source>Aloita &amp;kokous</source>
        <translation>&amp;Start the meeting</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="82"/>
        <source>Sul&amp;je kokous…</source>
        <translation>Cl&amp;ose the meeting…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="83"/>
        <source>Avaa kokous uudelleen &amp;muokattavaksi</source>
        <translation>&amp;Reopen the meeting for editing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="85"/>
        <source>&amp;Pikanäppäimet</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="86"/>
        <source>&amp;Tietoja</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="89"/>
        <source>&amp;Kumoa</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="91"/>
        <source>&amp;Tee uudelleen</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="101"/>
        <source>&amp;Tiedosto</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="102"/>
        <source>&amp;Muokkaa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="103"/>
        <source>&amp;Näytä</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="104"/>
        <source>N&amp;euvottelu</source>
        <translation>&amp;Meeting</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="105"/>
        <source>Kuntajo&amp;htajakokous</source>
        <translation>Mana&amp;gers&apos; meeting</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="106"/>
        <source>Ty&amp;ökalut</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="107"/>
        <source>&amp;Ohje</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="111"/>
        <source>&amp;Kieli</source>
        <translation>&amp;Language</translation>
    </message>
</context>
<context>
    <name>AddMeetingDialog</name>
    <message>
        <location filename="../../desktop_app/ui/managers/dialogs.py" line="145"/>
        <source>Lisää ylimääräinen kuntajohtajakokous</source>
        <translation>Add an extra municipal managers&apos; meeting</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/dialogs.py" line="147"/>
        <source>pp.kk.vvvv</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/dialogs.py" line="154"/>
        <source>&amp;Päivä</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/dialogs.py" line="155"/>
        <source>&amp;Kellonaika</source>
        <translation>&amp;Time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/dialogs.py" line="156"/>
        <source>P&amp;aikka</source>
        <translation>Pl&amp;ace</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/dialogs.py" line="157"/>
        <source>&amp;Etäyhteys</source>
        <translation>&amp;Remote link</translation>
    </message>
</context>
<context>
    <name>AgendaLink</name>
    <message>
        <location filename="../../desktop_app/ui/agenda_link.py" line="68"/>
        <source>käynnissä</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agenda_link.py" line="70"/>
        <source>jo asialistalla, asia %1</source>
        <translation>already on the agenda, matter %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agenda_link.py" line="111"/>
        <source>kokous %1, asia %2</source>
        <translation>meeting %1, matter %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agenda_link.py" line="113"/>
        <source>Kohta on jo asialistalla (%1). Enter ei lisää sitä uudelleen; valitse toinen kokous vain, jos asia käsitellään myös siellä.</source>
        <translation>The item is already on an agenda (%1). Enter does not add it again; choose another meeting only if the matter is handled there too.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/links.py" line="15"/>
        <source>Kuntajohtajakokous %1, asia %2</source>
        <translation>Managers&apos; meeting %1, matter %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/links.py" line="24"/>
        <source>%1, asia %2</source>
        <translation>%1, matter %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/links.py" line="36"/>
        <source>asialistalla %1</source>
        <translation>on agenda %1</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <location filename="../../desktop_app/ui/managers/view.py" line="157"/>
        <source>Asialista</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/view.py" line="171"/>
        <source>Uusi asia</source>
        <translation>New matter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/view.py" line="172"/>
        <source>Uusi asia (%1)</source>
        <translation>New matter (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/view.py" line="174"/>
        <source>Siirrä asia ylös</source>
        <translation>Move the matter up</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/view.py" line="175"/>
        <source>Siirrä asia ylös (%1)</source>
        <translation>Move the matter up (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/view.py" line="177"/>
        <source>Siirrä asia alas</source>
        <translation>Move the matter down</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/view.py" line="178"/>
        <source>Siirrä asia alas (%1)</source>
        <translation>Move the matter down (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/view.py" line="179"/>
        <source>Poista</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/view.py" line="180"/>
        <source>Poista asia</source>
        <translation>Delete the matter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/view.py" line="181"/>
        <source>Poista asia (%1)</source>
        <translation>Delete the matter (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/view.py" line="182"/>
        <source>Siirrä seuraavaan</source>
        <translation>Carry to the next</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/view.py" line="183"/>
        <source>Siirrä asia seuraavan kokouksen asialistalle (%1)</source>
        <translation>Carry the matter to the next meeting&apos;s agenda (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/view.py" line="185"/>
        <source>Tuo neuvotteluista…</source>
        <translation>Bring from negotiations…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/view.py" line="186"/>
        <source>Tuo edunajamiskohde tai sektorikommentti asialistalle (%1)</source>
        <translation>Bring an advocacy target or a sector comment onto the agenda (%1)</translation>
    </message>
</context>
<context>
    <name>AttendanceController</name>
    <message>
        <location filename="../../desktop_app/ui/managers/attendance.py" line="73"/>
        <source>(ei asiaa)</source>
        <translation>(no matter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/attendance.py" line="83"/>
        <source>Läsnä tai etänä %1/%2</source>
        <translation>Present or remote %1/%2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/attendance.py" line="144"/>
        <source>Merkitse läsnäolo</source>
        <translation>Mark attendance</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/attendance.py" line="175"/>
        <source>Kirjoita ensin nimi.</source>
        <translation>Type a name first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/attendance.py" line="191"/>
        <source>Lisää henkilö</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/attendance.py" line="193"/>
        <source>%1 lisätty (%2).</source>
        <translation>%1 added (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/attendance.py" line="204"/>
        <source>Poista henkilö</source>
        <translation>Remove person</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/attendance.py" line="206"/>
        <source>Henkilö poistettu läsnäololistalta.</source>
        <translation>Person removed from the attendance list.</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <location filename="../../desktop_app/ui/managers/view.py" line="209"/>
        <source>Läsnäolo</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/view.py" line="217"/>
        <source>L = läsnä, P = poissa, E = etänä, välilyönti vaihtaa. %1 muokkaa nimeä tai tehtävää.</source>
        <translation>L = present, P = absent, E = remote, Space cycles. %1 edits the name or title.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/view.py" line="223"/>
        <source>nimi</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/view.py" line="228"/>
        <source>organisaatio</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/view.py" line="230"/>
        <source>Lisää henkilö</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/view.py" line="231"/>
        <source>Lisää henkilö (Enter nimikentässä)</source>
        <translation>Add person (Enter in the name field)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/view.py" line="232"/>
        <source>Poista henkilö</source>
        <translation>Remove person</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/view.py" line="233"/>
        <source>Poista valittu henkilö (%1)</source>
        <translation>Remove the selected person (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/view.py" line="236"/>
        <source>Nim&amp;i</source>
        <translation>Pe&amp;rson</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/view.py" line="238"/>
        <source>Rooli</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/view.py" line="240"/>
        <source>Or&amp;ganisaatio</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/view.py" line="242"/>
        <source>Kuultu asiassa</source>
        <translation>Heard on matter</translation>
    </message>
</context>
<context>
    <name>BringFeedbackDialog</name>
    <message>
        <location filename="../../desktop_app/ui/managers/dialogs.py" line="172"/>
        <source>Tuo asia neuvotteluista</source>
        <translation>Bring a matter from the negotiations</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/dialogs.py" line="177"/>
        <source>kunta tai sana tekstistä</source>
        <translation>municipality or a word of the text</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/dialogs.py" line="180"/>
        <source>Edunajamiskohteet ja sektorikommentit</source>
        <translation>Advocacy targets and sector comments</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/dialogs.py" line="185"/>
        <source>Ei edunajamiskohteita eikä sektorikommentteja.</source>
        <translation>No advocacy targets or sector comments.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/dialogs.py" line="190"/>
        <source>Tuo asialistalle</source>
        <translation>Bring onto the agenda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/dialogs.py" line="198"/>
        <source>&amp;Rajaa</source>
        <translation>&amp;Filter</translation>
    </message>
</context>
<context>
    <name>BringToAgendaDialog</name>
    <message>
        <location filename="../../desktop_app/ui/agenda_link.py" line="95"/>
        <source>Vie kuntajohtajakokouksen asialistalle</source>
        <translation>Bring to a managers&apos; meeting agenda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agenda_link.py" line="100"/>
        <source>Kohta: %1</source>
        <translation>Item: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agenda_link.py" line="118"/>
        <source>Kohdasta tulee kokouksen asialistalle uusi asia, jonka tuoja on kunta; molemmat puolet näyttävät linkin.</source>
        <translation>The item becomes a new matter on the meeting&apos;s agenda, raised by the municipality; both sides show the link.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agenda_link.py" line="125"/>
        <source>Vie asialistalle</source>
        <translation>Bring to agenda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agenda_link.py" line="131"/>
        <source>&amp;Kuntajohtajakokous</source>
        <translation>&amp;Managers&apos; meeting</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agenda_link.py" line="148"/>
        <source>Valitse kokous nuolinäppäimillä ja paina Enter.</source>
        <translation>Choose a meeting with the arrow keys and press Enter.</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <location filename="../../desktop_app/ui/busy.py" line="50"/>
        <source>Taustatyö käynnissä</source>
        <translation>Background work running</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/busy.py" line="51"/>
        <source>Keskeytä</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/busy.py" line="52"/>
        <source>Keskeytä taustatyö</source>
        <translation>Cancel background work</translation>
    </message>
</context>
<context>
    <name>ChangedUnderneath</name>
    <message>
        <location filename="../../desktop_app/ui/workspace/underneath.py" line="89"/>
        <source>%1 muutettiin toisaalla (esimerkiksi synkronointi) samalla kun kirjoitit: tallennettuna on nyt “%2”, sinun kirjoittamasi “%3” ei tallentunut. Kirjoita se uudelleen, jos se on oikea.</source>
        <translation>%1 was changed elsewhere (for example by a sync) while you were typing: the stored value is now “%2”; what you typed, “%3”, was not saved. Type it again if it is right.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../desktop_app/ui/sync_conflicts.py" line="63"/>
        <source>Synkronoinnin ristiriidat</source>
        <translation>Synchronisation conflicts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_conflicts.py" line="67"/>
        <source>Ratkaisemattomat ristiriidat</source>
        <translation>Unresolved conflicts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_conflicts.py" line="70"/>
        <source>Versiot rinnakkain</source>
        <translation>Versions side by side</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_conflicts.py" line="72"/>
        <location filename="../../desktop_app/ui/sync_conflicts.py" line="184"/>
        <location filename="../../desktop_app/ui/sync_conflicts.py" line="188"/>
        <source>Kenttä</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_conflicts.py" line="72"/>
        <location filename="../../desktop_app/ui/sync_conflicts.py" line="188"/>
        <source>Oma versio</source>
        <translation>My version</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_conflicts.py" line="72"/>
        <location filename="../../desktop_app/ui/sync_conflicts.py" line="188"/>
        <source>Keskitietokannan versio</source>
        <translation>Central database version</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_conflicts.py" line="73"/>
        <location filename="../../desktop_app/ui/sync_conflicts.py" line="189"/>
        <source>Yhdistelmä (muokattava)</source>
        <translation>Merge (editable)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_conflicts.py" line="83"/>
        <location filename="../../desktop_app/ui/sync_conflicts.py" line="178"/>
        <source>Pidä oma versio</source>
        <translation>Keep my version</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_conflicts.py" line="84"/>
        <location filename="../../desktop_app/ui/sync_conflicts.py" line="179"/>
        <source>Pidä keskitietokannan versio</source>
        <translation>Keep the central version</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_conflicts.py" line="85"/>
        <source>Tallenna yhdistelmä</source>
        <translation>Save the merge</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_conflicts.py" line="111"/>
        <source>poistetun kohteen alla ({0})</source>
        <translation>under a deleted item ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_conflicts.py" line="130"/>
        <source>Ei ratkaisemattomia ristiriitoja.</source>
        <translation>No unresolved conflicts.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_conflicts.py" line="145"/>
        <source>{0} on muuttunut sekä tällä koneella että keskitietokannassa. Erot on korostettu. Valitse säilytettävä versio tai muokkaa yhdistelmää.</source>
        <translation>{0} has changed both on this computer and in the central database. The differences are highlighted. Choose the version to keep or edit the merge.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_conflicts.py" line="175"/>
        <source>Palauta poistettu: {0}</source>
        <translation>Restore the deleted {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_conflicts.py" line="176"/>
        <source>Poista myös tämä</source>
        <translation>Delete this too</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_conflicts.py" line="184"/>
        <source>Tämä rivi</source>
        <translation>This row</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_conflicts.py" line="185"/>
        <source>Poistettu kohde ({0})</source>
        <translation>Deleted item ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_conflicts.py" line="193"/>
        <source>{0} on lisätty tai sitä on muutettu kohteen ({1}) alle, jonka toinen käyttäjä on poistanut. Palauta poistettu kohde, tai poista tämäkin.</source>
        <translation>{0} was added or changed under an item ({1}) that another user has deleted. Restore the deleted item, or delete this too.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_conflicts.py" line="246"/>
        <source>Ristiriidan ratkaisu</source>
        <translation>Resolve conflict</translation>
    </message>
</context>
<context>
    <name>ConflictLabels</name>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="37"/>
        <source>poistettu</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="37"/>
        <source>voimassa</source>
        <translation>in use</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="43"/>
        <source>Tehtävänimike</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="45"/>
        <source>Asian numero</source>
        <translation>Matter number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="47"/>
        <source>Tuova kunta</source>
        <translation>Raising municipality</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="49"/>
        <source>Keskustelu</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="51"/>
        <source>Kuvaus</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="53"/>
        <source>Teksti</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="54"/>
        <source>Paikka</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="55"/>
        <source>Muistiinpanot</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="56"/>
        <source>Päivämäärä</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="57"/>
        <source>Kellonaika</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="58"/>
        <source>Tila</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="59"/>
        <source>Tärkeys</source>
        <translation>Importance</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="60"/>
        <source>Laji</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="61"/>
        <source>Näkökulma</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="62"/>
        <source>Järjestys</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="63"/>
        <location filename="../../desktop_app/ui/sync_labels.py" line="102"/>
        <source>Toimintasektori</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="64"/>
        <location filename="../../desktop_app/ui/sync_labels.py" line="104"/>
        <source>Neuvottelu</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="65"/>
        <location filename="../../desktop_app/ui/sync_labels.py" line="103"/>
        <source>Kierros</source>
        <translation>Round</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="66"/>
        <location filename="../../desktop_app/ui/sync_labels.py" line="106"/>
        <source>Palaute</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="67"/>
        <location filename="../../desktop_app/ui/sync_labels.py" line="150"/>
        <source>Kunta</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="68"/>
        <location filename="../../desktop_app/ui/sync_labels.py" line="76"/>
        <source>Nimi</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="69"/>
        <source>Organisaatio</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="70"/>
        <source>Otsikko</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="71"/>
        <source>Puoli</source>
        <translation>Side</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="72"/>
        <source>Toimenpide</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="73"/>
        <source>Vastuuhenkilö</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="74"/>
        <source>Määräpäivä</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="75"/>
        <source>Koodi</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="77"/>
        <source>Nimi (en)</source>
        <translation>Name (en)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="78"/>
        <source>Poistettu käytöstä</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="79"/>
        <source>Vuosi</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="80"/>
        <source>TTS-alku</source>
        <translation>Plan period start</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="81"/>
        <source>TTS-loppu</source>
        <translation>Plan period end</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="82"/>
        <source>Poistettu</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="83"/>
        <source>Numero</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="84"/>
        <source>Etäyhteys</source>
        <translation>Remote link</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="85"/>
        <source>Puheenjohtaja</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="86"/>
        <source>Sihteeri</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="87"/>
        <location filename="../../desktop_app/ui/sync_labels.py" line="108"/>
        <source>Kuntajohtajakokous</source>
        <translation>Municipal managers&apos; meeting</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="88"/>
        <source>Tuoja</source>
        <translation>Raised by</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="89"/>
        <source>Tuova taho</source>
        <translation>Raising party</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="90"/>
        <source>Esittelijä</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="91"/>
        <source>Jatkoa asiasta</source>
        <translation>Continues matter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="92"/>
        <source>Rooli</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="93"/>
        <source>Läsnäolo</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="94"/>
        <source>Asia</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="105"/>
        <source>Osallistuja</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="107"/>
        <source>Jatkotoimenpide</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="109"/>
        <source>Asialistan asia</source>
        <translation>Agenda matter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="110"/>
        <source>Kuntajohtajakokouksen osallistuja</source>
        <translation>Managers&apos; meeting attendee</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="129"/>
        <source>asia %1 (%2)</source>
        <translation>matter %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="147"/>
        <source>Avoin</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="148"/>
        <source>Käsitelty</source>
        <translation>Handled</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="149"/>
        <source>Siirretty seuraavaan kokoukseen</source>
        <translation>Carried to the next meeting</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="151"/>
        <location filename="../../desktop_app/ui/sync_labels.py" line="155"/>
        <source>Kainuun liitto</source>
        <translation>Regional Council of Kainuu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="152"/>
        <source>Muu taho</source>
        <translation>Other party</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="153"/>
        <source>Kunnanjohtaja</source>
        <translation>Municipal manager</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="154"/>
        <source>Varahenkilö</source>
        <translation>Deputy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="156"/>
        <source>Asiantuntija</source>
        <translation>Expert</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="157"/>
        <source>Merkitsemättä</source>
        <translation>Not marked</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="158"/>
        <source>Läsnä</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="159"/>
        <source>Poissa</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="160"/>
        <source>Etänä</source>
        <translation>Remote</translation>
    </message>
</context>
<context>
    <name>ContinuityPanel</name>
    <message>
        <location filename="../../desktop_app/ui/workspace/panels.py" line="59"/>
        <source>Aiemmilla kierroksilla</source>
        <translation>In earlier rounds</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/panels.py" line="61"/>
        <source>Ei aiempia kohtia tästä aiheesta.</source>
        <translation>No earlier items on this topic.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/panels.py" line="65"/>
        <source>Aiempien kierrosten kohdat</source>
        <translation>Items from earlier rounds</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/panels.py" line="76"/>
        <source>Kopioi tähän</source>
        <translation>Copy here</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/panels.py" line="77"/>
        <source>Kopioi valittu kohta tähän neuvotteluun (%1)</source>
        <translation>Copy the selected item into this meeting (%1)</translation>
    </message>
</context>
<context>
    <name>DemoAction</name>
    <message>
        <location filename="../../desktop_app/ui/demo_action.py" line="24"/>
        <source>Lisää &amp;esimerkkiaineisto…</source>
        <translation>Add &amp;demo data…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/demo_action.py" line="25"/>
        <source>Täyttää tyhjän tietokannan kahden kierroksen esimerkeillä</source>
        <translation>Fills an empty database with two rounds of examples</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/demo_action.py" line="42"/>
        <location filename="../../desktop_app/ui/demo_action.py" line="77"/>
        <source>Esimerkkiaineisto</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/demo_action.py" line="43"/>
        <source>Esimerkkiaineisto lisätään vain tyhjään tietokantaan, ja tässä tietokannassa on jo kierroksia. Mitään ei muutettu.</source>
        <translation>Demo data is only added to an empty database, and this database already has rounds. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/demo_action.py" line="45"/>
        <source>Esimerkkiaineistoa ei lisätty: tietokannassa on jo tietoja.</source>
        <translation>Demo data not added: the database already has data.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/demo_action.py" line="47"/>
        <source>Lisää esimerkkiaineisto</source>
        <translation>Add demo data</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/demo_action.py" line="48"/>
        <source>Lisätäänkö tietokantaan esimerkkiaineisto: viime vuoden hyväksytty kierros, tämän vuoden kesken oleva kierros ja vuoden kuntajohtajakokoukset? Esimerkit voi poistaa vain aloittamalla uuden tietokannan, eikä tietokantaa, jossa ne ovat, synkronoida keskitietokantaan.</source>
        <translation>Add the demo data to the database: last year&apos;s approved round, this year&apos;s round in progress and a year of managers&apos; meetings? The examples can only be removed by starting a new database, and a database holding them is never synced to the central store.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/demo_action.py" line="53"/>
        <source>&amp;Lisää esimerkkiaineisto</source>
        <translation>&amp;Add demo data</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/demo_action.py" line="54"/>
        <source>&amp;Peruuta</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/demo_action.py" line="58"/>
        <source>Esimerkkiaineistoa ei lisätty.</source>
        <translation>Demo data not added.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/demo_action.py" line="61"/>
        <source>Lisätään esimerkkiaineistoa…</source>
        <translation>Adding demo data…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/demo_action.py" line="71"/>
        <source>Esimerkkiaineisto lisätty: %1 kierrosta, %2 kohtaa.</source>
        <translation>Demo data added: %1 rounds, %2 items.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/demo_action.py" line="76"/>
        <source>Esimerkkiaineiston lisäys epäonnistui.</source>
        <translation>Adding demo data failed.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="32"/>
        <source>Näistä sektoreista ei ole kirjattu kommentteja:</source>
        <translation>These sectors have no comments:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="35"/>
        <source>Näihin aluekehityksen osioihin ei ole kirjattu mitään:</source>
        <translation>Nothing has been recorded in these regional development sections:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="38"/>
        <source>Kaikkiin sektoreihin ja aluekehityksen osioihin on kirjattu palautetta.</source>
        <translation>Feedback has been recorded for every sector and regional development section.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="40"/>
        <source>Suljettua neuvottelua ei voi muuttaa, ja muistio tulostuu ilman LUONNOS-merkintää. Sen voi tarvittaessa avata uudelleen muokattavaksi.</source>
        <translation>A closed meeting cannot be changed, and its handout prints without the DRAFT mark. It can be reopened for editing if needed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="43"/>
        <location filename="../../desktop_app/ui/dialogs.py" line="46"/>
        <source>Sulje neuvottelu</source>
        <translation>Close meeting</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="48"/>
        <source>Jatka kirjaamista</source>
        <translation>Continue recording</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="66"/>
        <source>Suunnittele uusi kierros</source>
        <translation>Plan a new round</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="79"/>
        <source>&amp;Vuosi</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="80"/>
        <source>TTS-kausi &amp;alkaa</source>
        <translation>Planning period &amp;starts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="81"/>
        <source>TTS-kausi &amp;päättyy</source>
        <translation>Planning period &amp;ends</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="82"/>
        <source>&amp;Otsikko</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="94"/>
        <source>Kuka kirjaa?</source>
        <translation>Who is recording?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="95"/>
        <source>Nimesi tai nimikirjaimesi. Ne tallentuvat jokaisen muutoksen tekijäksi.</source>
        <translation>Your name or initials. They are recorded as the author of every change.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="104"/>
        <source>Tervetuloa</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="105"/>
        <source>Tietokanta on tyhjä. Lisätäänkö esimerkkiaineisto (kaksi kierrosta) tutustumista varten? Voit myös aloittaa suoraan suunnittelemalla kierroksen.</source>
        <translation>The database is empty. Add demo data (two rounds) to try the app? You can also start right away by planning a round.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="115"/>
        <source>Tietokantaa ei voitu avata</source>
        <translation>The database could not be opened</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="117"/>
        <source>Ehjää varmuuskopiota ei löytynyt. Tiedostoon ei ole koskettu.</source>
        <translation>No intact backup was found. The file has not been touched.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="121"/>
        <source>Viimeisin ehjä varmuuskopio: %1 (%2). Palautetaanko se? Vioittunut tiedosto siirretään talteen, sitä ei korvata.</source>
        <translation>Latest intact backup: %1 (%2). Restore it? The damaged file is moved aside, never overwritten.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="131"/>
        <source>Kuntapalaute</source>
        <translation>Kuntapalaute</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="143"/>
        <source>tallennus kesken</source>
        <translation>saving not finished</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="146"/>
        <source>… ja muita: %1</source>
        <translation>… and others: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="147"/>
        <source>Tekstejä, joita ei ole tallennettu: %1</source>
        <translation>Texts that have not been saved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="148"/>
        <source>Jos suljet nyt tallentamatta, nämä tekstit menetetään.</source>
        <translation>If you close now without saving, these texts will be lost.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="149"/>
        <source>Jos jatkat tallentamatta, nämä tekstit menetetään.</source>
        <translation>If you continue without saving, these texts will be lost.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="150"/>
        <source>Tallentamatonta tekstiä</source>
        <translation>Unsaved text</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="154"/>
        <source>&amp;Palaa</source>
        <translation>&amp;Go back</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="156"/>
        <source>&amp;Kopioi leikepöydälle ja sulje</source>
        <translation>&amp;Copy to clipboard and close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="157"/>
        <source>&amp;Kopioi leikepöydälle ja jatka</source>
        <translation>&amp;Copy to clipboard and continue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="161"/>
        <source>&amp;Sulje tallentamatta</source>
        <translation>Close &amp;without saving</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="162"/>
        <source>&amp;Jatka tallentamatta</source>
        <translation>Continue &amp;without saving</translation>
    </message>
</context>
<context>
    <name>EditBuffer</name>
    <message>
        <location filename="../../desktop_app/ui/workspace/buffer.py" line="94"/>
        <source>Jatkotoimenpide</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/buffer.py" line="95"/>
        <source>Vastuu</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/buffer.py" line="96"/>
        <source>Määräpäivä</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/buffer.py" line="112"/>
        <source>Tyhjää tekstiä ei tallenneta; edellinen teksti säilyy. Poista kohta näppäimillä %1.</source>
        <translation>An empty text is not saved; the previous text stays. Delete the item with %1.</translation>
    </message>
</context>
<context>
    <name>ErrorFields</name>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="111"/>
        <source>teksti</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="112"/>
        <source>tärkeys</source>
        <translation>importance</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="113"/>
        <source>laji</source>
        <translation>type</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="114"/>
        <source>näkökulma</source>
        <translation>perspective</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="115"/>
        <source>sektori</source>
        <translation>sector</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="116"/>
        <source>vastuuhenkilö</source>
        <translation>owner</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="117"/>
        <source>määräpäivä</source>
        <translation>due date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="118"/>
        <source>toimenpide</source>
        <translation>action</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="119"/>
        <source>nimi</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="120"/>
        <source>organisaatio</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="121"/>
        <source>tehtävänimike</source>
        <translation>job title</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="122"/>
        <source>puoli</source>
        <translation>side</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="123"/>
        <source>tila</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="124"/>
        <source>päivämäärä</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="125"/>
        <source>kellonaika</source>
        <translation>time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="126"/>
        <source>paikka</source>
        <translation>place</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="127"/>
        <source>muistiinpanot</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="128"/>
        <source>vuosi</source>
        <translation>year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="129"/>
        <source>kunta</source>
        <translation>municipality</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="130"/>
        <source>otsikko</source>
        <translation>title</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="131"/>
        <source>koodi</source>
        <translation>code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="132"/>
        <source>nimi (en)</source>
        <translation>name (en)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="133"/>
        <source>TTS-alku</source>
        <translation>plan period start</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="134"/>
        <source>TTS-loppu</source>
        <translation>plan period end</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="135"/>
        <source>asia</source>
        <translation>matter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="136"/>
        <source>tuoja</source>
        <translation>raised by</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="137"/>
        <source>esittelijä</source>
        <translation>presenter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="138"/>
        <source>kuvaus</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="139"/>
        <source>keskustelu</source>
        <translation>discussion</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="140"/>
        <source>kokous</source>
        <translation>meeting</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="141"/>
        <source>viikonpäivä</source>
        <translation>weekday</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="142"/>
        <source>kuukaudet</source>
        <translation>months</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="143"/>
        <source>etäyhteys</source>
        <translation>remote link</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="144"/>
        <source>puheenjohtaja</source>
        <translation>chair</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="145"/>
        <source>sihteeri</source>
        <translation>secretary</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="14"/>
        <source>Neuvottelu on suljettu, eikä sitä voi muuttaa. Avaa se ensin uudelleen muokattavaksi.</source>
        <translation>The meeting is closed and cannot be changed. Reopen it for editing first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="16"/>
        <source>Neuvottelu on hyväksytty, eikä sen sisältöä voi enää muuttaa.</source>
        <translation>The meeting has been approved; its content can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="18"/>
        <source>Vain suljetun neuvottelun voi avata uudelleen muokattavaksi.</source>
        <translation>Only a closed meeting can be reopened for editing.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="20"/>
        <source>Tilaa ei voi vaihtaa: {old} → {new}.</source>
        <translation>The status cannot change: {old} → {new}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="21"/>
        <source>Kunnan neuvottelua ei ole tällä kierroksella.</source>
        <translation>The municipality has no meeting in this round.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="22"/>
        <source>Tietoa on muutettu toisaalla sen jälkeen, kun avasit sen. Lataa se uudelleen.</source>
        <translation>This was changed elsewhere after you opened it. Load it again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="60"/>
        <source>Neuvottelua ei löytynyt (se on ehkä poistettu).</source>
        <translation>The meeting was not found (it may have been deleted).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="61"/>
        <source>Palautetta ei löytynyt (se on ehkä poistettu).</source>
        <translation>The item was not found (it may have been deleted).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="47"/>
        <location filename="../../desktop_app/ui/error_text.py" line="62"/>
        <source>Osallistujaa ei löytynyt (se on ehkä poistettu).</source>
        <translation>Participant not found (it may have been deleted).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="24"/>
        <source>Kuntajohtajakokous on suljettu, eikä sitä voi muuttaa. Avaa se ensin uudelleen muokattavaksi.</source>
        <translation>The managers&apos; meeting is closed and cannot be changed. Reopen it for editing first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="27"/>
        <source>Kuntajohtajakokous on hyväksytty, eikä sen sisältöä voi enää muuttaa.</source>
        <translation>The managers&apos; meeting has been approved; its content can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="29"/>
        <source>Vain suljetun kuntajohtajakokouksen voi avata uudelleen muokattavaksi.</source>
        <translation>Only a closed managers&apos; meeting can be reopened for editing.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="31"/>
        <source>Vuoden {year} kuntajohtajakokoukset on jo suunniteltu. Lisää tarvittaessa ylimääräinen kokous.</source>
        <translation>The managers&apos; meetings of {year} have already been planned. Add an extra meeting if needed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="34"/>
        <source>Valitse ainakin yksi kuukausi, jolle kokous suunnitellaan.</source>
        <translation>Choose at least one month to plan a meeting for.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="36"/>
        <source>Viikonpäivä ja viikko eivät kelpaa: {value}.</source>
        <translation>The weekday and week are not valid: {value}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="38"/>
        <source>Seuraavaa kuntajohtajakokousta ei ole suunniteltu. Lisää kokous ensin.</source>
        <translation>The next managers&apos; meeting has not been planned. Add a meeting first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="40"/>
        <source>Kokous {label} pidetään vuonna {year}; päivämäärän on oltava samana vuonna. Lisää toisen vuoden kokous sen vuoden kokouksiin.</source>
        <translation>Meeting {label} is held in {year}; its date must be in the same year. Add a meeting of another year among that year&apos;s meetings.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="43"/>
        <source>Kuntajohtajakokousta ei löytynyt (se on ehkä poistettu).</source>
        <translation>Managers&apos; meeting not found (it may have been deleted).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="45"/>
        <source>Asiaa ei löytynyt (se on ehkä poistettu).</source>
        <translation>Matter not found (it may have been deleted).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="49"/>
        <source>Asia on jo siirretty kokoukseen {label}.</source>
        <translation>The matter has already been carried to meeting {label}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="51"/>
        <source>Palaute on jo kokouksen {label} asialistalla.</source>
        <translation>The item is already on the agenda of meeting {label}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="53"/>
        <source>Valitse kunta, joka toi asian kokoukseen.</source>
        <translation>Choose the municipality that raised the matter.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="55"/>
        <source>Jatkotoimenpide kuuluu joko palautteeseen tai asialistan asiaan.</source>
        <translation>A follow-up belongs either to a feedback item or to an agenda matter.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="57"/>
        <source>Tietokannassa on esimerkkiaineistoa, eikä sitä synkronoida keskitietokantaan: keksityt neuvottelut eivät saa päätyä sinne. Synkronoi oikeat kirjaukset niiden omasta tietokannasta.</source>
        <translation>This database holds demo data and is not synced to the central store: invented negotiations must not end up there. Sync your real records from their own database.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="63"/>
        <source>Jatkotoimenpidettä ei löytynyt (se on ehkä poistettu).</source>
        <translation>The follow-up was not found (it may have been deleted).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="65"/>
        <source>Toimintasektoria ei löytynyt (se on ehkä poistettu).</source>
        <translation>The sector was not found (it may have been deleted).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="66"/>
        <source>Kierrosta ei löytynyt.</source>
        <translation>The round was not found.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="67"/>
        <source>Vuoden {year} kierrosta ei ole.</source>
        <translation>There is no round for {year}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="68"/>
        <source>Toimintasektoria ei ole.</source>
        <translation>The sector does not exist.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="69"/>
        <source>Sektorikommentille pitää valita toimintasektori.</source>
        <translation>A sector comment needs a sector.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="71"/>
        <source>Kuntaa &apos;{value}&apos; ei ole. Jäsenkunnat: {names}.</source>
        <translation>There is no municipality &apos;{value}&apos;. Member municipalities: {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="73"/>
        <source>Suunnittelukauden loppuvuosi on ennen alkuvuotta.</source>
        <translation>The planning period ends before it starts.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="74"/>
        <source>Vuoden {year} kierros on jo suunniteltu.</source>
        <translation>The round for {year} has already been planned.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="75"/>
        <source>Toimintasektoria &apos;{value}&apos; ei ole.</source>
        <translation>There is no sector &apos;{value}&apos;.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="76"/>
        <source>Koodissa saa olla vain isoja kirjaimia ja numeroita (1–16).</source>
        <translation>A code may contain only capital letters and digits (1–16).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="78"/>
        <source>Koodi {value} on jo käytössä.</source>
        <translation>The code {value} is already in use.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="79"/>
        <source>Tietokannassa on jo kierroksia; esimerkkiaineisto lisätään vain tyhjään.</source>
        <translation>The database already has rounds; demo data is only added to an empty one.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="81"/>
        <source>Esimerkkiaineistoa ei voi luoda: jäsenkunnat tai oletussektorit puuttuvat. Korjaa: kuntapalaute check --repair</source>
        <translation>The demo data cannot be created: member municipalities or default sectors are missing. Fix: kuntapalaute check --repair</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="84"/>
        <source>Kentän &apos;{field}&apos; arvon pitää olla tekstiä.</source>
        <translation>The field &apos;{field}&apos; must be text.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="85"/>
        <source>Kentässä &apos;{field}&apos; on virheellisiä merkkejä.</source>
        <translation>The field &apos;{field}&apos; contains invalid characters.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="86"/>
        <source>Kentässä &apos;{field}&apos; on ohjausmerkkejä (esim. NUL), joita ei voi tallentaa.</source>
        <translation>The field &apos;{field}&apos; contains control characters (e.g. NUL) that cannot be saved.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="88"/>
        <source>Kenttä &apos;{field}&apos; ei voi olla tyhjä.</source>
        <translation>The field &apos;{field}&apos; cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="89"/>
        <source>Kentän &apos;{field}&apos; teksti on liian pitkä ({length} merkkiä, enintään {limit}).</source>
        <translation>The text in &apos;{field}&apos; is too long ({length} characters, at most {limit}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="91"/>
        <source>Kentässä &apos;{field}&apos; ei voi olla rivinvaihtoja.</source>
        <translation>The field &apos;{field}&apos; cannot contain line breaks.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="92"/>
        <source>Kentän &apos;{field}&apos; arvo &apos;{value}&apos; ei kelpaa (sallitut: {allowed}).</source>
        <translation>The value &apos;{value}&apos; is not valid for &apos;{field}&apos; (allowed: {allowed}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="94"/>
        <source>Kenttä &apos;{field}&apos; on pakollinen.</source>
        <translation>The field &apos;{field}&apos; is required.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="95"/>
        <source>Kentän &apos;{field}&apos; arvo ei ole päivämäärä.</source>
        <translation>The value of &apos;{field}&apos; is not a date.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="96"/>
        <source>Kentän &apos;{field}&apos; arvo &apos;{value}&apos; ei ole päivämäärä (muoto 27.11.2026).</source>
        <translation>The value &apos;{value}&apos; of &apos;{field}&apos; is not a date (format 27.11.2026).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="98"/>
        <source>Kentän &apos;{field}&apos; vuosi {year} ei ole välillä {low}–{high}.</source>
        <translation>The year {year} in &apos;{field}&apos; is not between {low} and {high}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="100"/>
        <source>Kentän &apos;{field}&apos; arvo &apos;{value}&apos; ei ole kellonaika (muoto 14.30).</source>
        <translation>The value &apos;{value}&apos; of &apos;{field}&apos; is not a time (format 14.30).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="102"/>
        <source>Kentän &apos;{field}&apos; arvo &apos;{value}&apos; ei ole vuosiluku.</source>
        <translation>The value &apos;{value}&apos; of &apos;{field}&apos; is not a year.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="103"/>
        <source>Kentän &apos;{field}&apos; arvo &apos;{value}&apos; ei ole numero.</source>
        <translation>The value &apos;{value}&apos; of field &apos;{field}&apos; is not a number.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="104"/>
        <source>Kentän &apos;{field}&apos; arvon pitää olla välillä {low}–{high} (nyt {value}).</source>
        <translation>The value of field &apos;{field}&apos; must be between {low} and {high} (now {value}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_text.py" line="106"/>
        <source>Vuoden pitää olla välillä {low}–{high}.</source>
        <translation>The year must be between {low} and {high}.</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="41"/>
        <source>&amp;Vie tiedot…</source>
        <translation>E&amp;xport data…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="42"/>
        <source>Vie siirtopaketti (JSON), Excel-työkirja tai CSV</source>
        <translation>Export a transfer bundle (JSON), an Excel workbook or CSV</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="44"/>
        <source>&amp;Tuo siirtopaketti…</source>
        <translation>&amp;Import transfer bundle…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="45"/>
        <source>Tuo toisen koneen tai keskusjärjestelmän siirtopaketti</source>
        <translation>Import a transfer bundle from another computer or the central system</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="57"/>
        <source>Kaikki tiedot</source>
        <translation>All data</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="59"/>
        <source>Kuntajohtajakokoukset %1</source>
        <translation>Municipal managers&apos; meetings %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="64"/>
        <source>Kierros %1</source>
        <translation>Round %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="69"/>
        <source>Neuvottelu: %1 %2</source>
        <translation>Meeting: %1 %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="82"/>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="91"/>
        <source>Vie tiedot</source>
        <translation>Export data</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="83"/>
        <source>Mitä viedään?</source>
        <translation>What to export?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="88"/>
        <source>Siirtopaketti (*.json)</source>
        <translation>Transfer bundle (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="88"/>
        <source>Excel-työkirja (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="89"/>
        <source>CSV, palautekoonti (*.csv)</source>
        <translation>CSV, feedback summary (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="111"/>
        <source>Viedään tietoja…</source>
        <translation>Exporting data…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="118"/>
        <source>Siirtopaketti tallennettiin: %1
%2 tietuetta. Tarkistussumma %3…</source>
        <translation>Transfer bundle saved: %1
%2 records. Checksum %3…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="121"/>
        <source>Taulukko tallennettiin: %1
%2 riviä.</source>
        <translation>Spreadsheet saved: %1
%2 rows.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="124"/>
        <source>Huomaa:</source>
        <translation>Please note:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="125"/>
        <source>Vienti valmis</source>
        <translation>Export complete</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="130"/>
        <source>Tuo siirtopaketti</source>
        <translation>Import transfer bundle</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="131"/>
        <source>Siirtopaketti (*.json);;Kaikki tiedostot (*)</source>
        <translation>Transfer bundle (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="136"/>
        <source>Tarkistetaan siirtopakettia…</source>
        <translation>Checking the transfer bundle…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="142"/>
        <source>Ei muutoksia</source>
        <translation>No changes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="143"/>
        <source>Paketissa ei ole mitään uutta tähän tietokantaan.</source>
        <translation>The bundle has nothing new for this database.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="145"/>
        <source>Paketista %1 lisätään %2 ja päivitetään %3 tietuetta; %4 ohitetaan. Jatketaanko?</source>
        <translation>From bundle %1, %2 records will be added and %3 updated; %4 are skipped. Continue?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="149"/>
        <source>Tuodaanko siirtopaketti?</source>
        <translation>Import the transfer bundle?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="153"/>
        <source>Tuonti peruttiin.</source>
        <translation>Import was cancelled.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="156"/>
        <source>Tuodaan siirtopakettia…</source>
        <translation>Importing the transfer bundle…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="161"/>
        <source>Tuonti valmis</source>
        <translation>Import complete</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="170"/>
        <source>Peruuta</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="171"/>
        <source>Tiedonsiirto</source>
        <translation>Data transfer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="213"/>
        <source>Siirtopakettia %1 ei tuotu, eikä tietokantaan tehty muutoksia.</source>
        <translation>Transfer bundle %1 was not imported, and the database was not changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="216"/>
        <source>…ja %1 muuta.</source>
        <translation>…and %1 more.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="220"/>
        <source>Odottamaton virhe: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="221"/>
        <source>Tiedonsiirto epäonnistui</source>
        <translation>Data transfer failed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="225"/>
        <source>Tiedonsiirto peruttiin; mitään ei tallennettu.</source>
        <translation>Data transfer was cancelled; nothing was saved.</translation>
    </message>
</context>
<context>
    <name>FeedbackListModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/meeting_models.py" line="154"/>
        <source>Kohta %1</source>
        <translation>Item %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/meeting_models.py" line="161"/>
        <source>määräpäivä %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/meeting_models.py" line="163"/>
        <source>Jatkotoimenpide: %1.</source>
        <translation>Follow-up: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/meeting_models.py" line="165"/>
        <source>Jatkotoimenpide kirjattu.</source>
        <translation>Follow-up recorded.</translation>
    </message>
</context>
<context>
    <name>FollowUpTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/list_models.py" line="131"/>
        <source>Kuntajohtajakokous %1, asia %2</source>
        <translation>Managers&apos; meeting %1, matter %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/list_models.py" line="133"/>
        <source>Kuntaneuvottelu %1</source>
        <translation>Municipal negotiation %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/list_models.py" line="148"/>
        <source>Määräpäivä</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/list_models.py" line="149"/>
        <source>Vastuuhenkilö</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/list_models.py" line="150"/>
        <source>Tila</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/list_models.py" line="151"/>
        <source>Jatkotoimenpide</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/list_models.py" line="152"/>
        <source>Kokous</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/list_models.py" line="153"/>
        <source>Kunta</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/list_models.py" line="155"/>
        <source>Palaute tai asia</source>
        <translation>Feedback or matter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/list_models.py" line="154"/>
        <source>Sektori</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/list_models.py" line="161"/>
        <source>%1 – myöhässä</source>
        <translation>%1 – overdue</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <location filename="../../desktop_app/ui/followups_view.py" line="47"/>
        <source>Jatkotoimenpiteet</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followups_view.py" line="50"/>
        <source>Kaikki</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followups_view.py" line="51"/>
        <source>Kuntaneuvottelut</source>
        <translation>Municipal negotiations</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followups_view.py" line="52"/>
        <source>Kuntajohtajakokoukset</source>
        <translation>Managers&apos; meetings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followups_view.py" line="55"/>
        <source>Avoimet</source>
        <translation>Open ones</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followups_view.py" line="56"/>
        <source>Kaikki tilat</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followups_view.py" line="60"/>
        <source>Kaikki määräpäivät</source>
        <translation>Any due date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followups_view.py" line="61"/>
        <source>Myöhässä</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followups_view.py" line="62"/>
        <source>Seuraavat 30 päivää</source>
        <translation>Next 30 days</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followups_view.py" line="64"/>
        <source>Jatkotoimenpiteiden luettelo</source>
        <translation>List of follow-ups</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followups_view.py" line="72"/>
        <source>Merkitse tehdyksi</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followups_view.py" line="74"/>
        <source>Merkitse valittu jatkotoimenpide tehdyksi (%1)</source>
        <translation>Mark the selected follow-up done (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followups_view.py" line="80"/>
        <source>&amp;Kokous</source>
        <translation>Meeti&amp;ng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followups_view.py" line="156"/>
        <source>Merkitty tehdyksi. %1 kumoaa.</source>
        <translation>Marked done. %1 undoes it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followups_view.py" line="81"/>
        <source>&amp;Vastuuhenkilö</source>
        <translation>O&amp;wner</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followups_view.py" line="82"/>
        <source>T&amp;ila</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followups_view.py" line="83"/>
        <source>Määrä&amp;päivä</source>
        <translation>&amp;Due date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followups_view.py" line="102"/>
        <source>Kaikki vastuuhenkilöt</source>
        <translation>All owners</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/followups_view.py" line="129"/>
        <source>%n jatkotoimenpide(ttä)</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followups_view.py" line="145"/>
        <source>Valitse ensin jatkotoimenpide.</source>
        <translation>Select a follow-up first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followups_view.py" line="150"/>
        <source>Jatkotoimenpide on jo merkitty tehdyksi.</source>
        <translation>The follow-up is already marked done.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followups_view.py" line="152"/>
        <source>Merkitse jatkotoimenpide tehdyksi</source>
        <translation>Mark follow-up done</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followups_view.py" line="157"/>
        <source>Tehdyksi merkintä kumottu.</source>
        <translation>Marking done undone.</translation>
    </message>
</context>
<context>
    <name>ForumsPage</name>
    <message>
        <location filename="../../desktop_app/ui/managers/navigation.py" line="221"/>
        <source>Foorumit</source>
        <translation>Forums</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/navigation.py" line="224"/>
        <source>Kuntaneuvottelut (%1)</source>
        <translation>Municipal negotiations (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/navigation.py" line="225"/>
        <source>Kuntajohtajakokoukset (%1)</source>
        <translation>Municipal managers&apos; meetings (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/navigation.py" line="226"/>
        <source>Kuntien vuosittaiset neuvottelut</source>
        <translation>The yearly negotiations with each municipality</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/navigation.py" line="227"/>
        <source>Kuukausittaiset kuntajohtajakokoukset</source>
        <translation>The monthly municipal managers&apos; meetings</translation>
    </message>
</context>
<context>
    <name>HistoryListModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/meeting_models.py" line="238"/>
        <source>Jatkotoimenpide: %1 (%2)</source>
        <translation>Follow-up: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop_app/ui/models/labels.py" line="22"/>
        <source>Suunniteltu</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/labels.py" line="23"/>
        <source>Käynnissä</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/labels.py" line="24"/>
        <source>Suljettu</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/labels.py" line="25"/>
        <source>Hyväksytty</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/labels.py" line="32"/>
        <source>Edunajamiskohde</source>
        <translation>Advocacy target</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/labels.py" line="34"/>
        <source>Kysymys</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/labels.py" line="31"/>
        <source>Sektorikommentti</source>
        <translation>Sector comment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/labels.py" line="33"/>
        <source>Kehitysnäkemys</source>
        <translation>Development view</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/labels.py" line="40"/>
        <source>Kunnan oma kehitys</source>
        <translation>The municipality&apos;s own development</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/labels.py" line="41"/>
        <source>Koko Kainuun kehitys</source>
        <translation>Kainuu as a whole</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/labels.py" line="47"/>
        <source>Tärkeä</source>
        <translation>Important</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/labels.py" line="48"/>
        <source>Tavallinen</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/labels.py" line="49"/>
        <source>Vähemmän tärkeä</source>
        <translation>Less important</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/labels.py" line="55"/>
        <source>Avoin</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/labels.py" line="56"/>
        <source>Työn alla</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/labels.py" line="57"/>
        <source>Tehty</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/labels.py" line="58"/>
        <source>Peruttu</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/labels.py" line="64"/>
        <source>Kainuun liitto</source>
        <translation>Regional Council of Kainuu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/labels.py" line="65"/>
        <source>Kunta</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/labels.py" line="70"/>
        <source>%1/%2 sektoria</source>
        <translation>%1/%2 sectors</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="66"/>
        <location filename="../../desktop_app/ui/main_window.py" line="450"/>
        <source>Ei tallentamattomia muutoksia</source>
        <translation>No unsaved changes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="69"/>
        <source>Tallennuksen tila</source>
        <translation>Save status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="305"/>
        <source>Neuvottelun tila päivitetty.</source>
        <translation>Meeting status updated.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="317"/>
        <source>Neuvottelu on taas muokattavissa. Muistio on LUONNOS, kunnes neuvottelu suljetaan uudelleen.</source>
        <translation>The meeting can be edited again. The handout is a DRAFT until the meeting is closed again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="364"/>
        <source>Muutokset kirjataan nyt nimellä %1.</source>
        <translation>Changes are now recorded as %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="368"/>
        <source>Kieli vaihtuu, kun sovellus käynnistetään uudelleen.</source>
        <translation>The language changes when the app is restarted.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="381"/>
        <source>Avaa valittu neuvottelu tai hakutulos</source>
        <translation>Open the selected meeting or search hit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="382"/>
        <source>Läsnäolo: läsnä, poissa, etänä; välilyönti vaihtaa</source>
        <translation>Attendance: present, absent, remote; Space cycles</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="384"/>
        <source>Siirry kentästä toiseen</source>
        <translation>Move between fields</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="385"/>
        <source>Lisää osallistuja</source>
        <translation>Add a participant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="386"/>
        <source>Poista valittu osallistuja</source>
        <translation>Remove the selected participant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="387"/>
        <source>Valikkorivi (myös Alt-näppäin)</source>
        <translation>Menu bar (also the Alt key)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="413"/>
        <location filename="../../desktop_app/ui/main_window.py" line="447"/>
        <source>Tallennettu klo %1</source>
        <translation>Saved at %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="417"/>
        <source>Tallennus onnistui taas. %1</source>
        <translation>Saving works again. %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="424"/>
        <source>Tallennetaan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="431"/>
        <source>Muutosta ei tallennettu</source>
        <translation>Change not saved</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_window.py" line="432"/>
        <source>%n tekstiä ei tallennettu</source>
        <translation>
            <numerusform>%n text not saved</numerusform>
            <numerusform>%n texts not saved</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="459"/>
        <source>Tallentamaton teksti hylätty</source>
        <translation>Unsaved text discarded</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="466"/>
        <source>Tallennus epäonnistui – yritetään uudelleen</source>
        <translation>Saving failed – retrying</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="467"/>
        <source>Tallennus epäonnistui</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/window_ops.py" line="101"/>
        <source>Kokouksen tila päivitetty.</source>
        <translation>Meeting status updated.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/window_ops.py" line="136"/>
        <source>Kokous on taas muokattavissa. Muistio on LUONNOS, kunnes kokous suljetaan uudelleen.</source>
        <translation>The meeting can be edited again. The minutes are a DRAFT until the meeting is closed again.</translation>
    </message>
</context>
<context>
    <name>ManagersBanner</name>
    <message>
        <location filename="../../desktop_app/ui/managers/view.py" line="142"/>
        <source>Avaa kokous uudelleen muokattavaksi</source>
        <translation>Reopen the meeting for editing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/view.py" line="146"/>
        <source>Kokous on suljettu, eikä sitä voi muuttaa. Sovittujen tilan voi yhä vaihtaa.</source>
        <translation>The meeting is closed and cannot be changed. The status of its agreements can still be changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/view.py" line="148"/>
        <source>Kokous on hyväksytty, ja sen sisältö on lopullinen. Sovittujen tilan voi yhä vaihtaa.</source>
        <translation>The meeting is approved and its content is final. The status of its agreements can still be changed.</translation>
    </message>
</context>
<context>
    <name>ManagersDialogs</name>
    <message>
        <location filename="../../desktop_app/ui/managers/dialogs.py" line="276"/>
        <location filename="../../desktop_app/ui/managers/dialogs.py" line="279"/>
        <source>Sulje kokous</source>
        <translation>Close the meeting</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/dialogs.py" line="272"/>
        <source>Suljetaanko kuntajohtajakokous %1? Suljettua kokousta ei voi muuttaa, ja muistio tulostuu ilman LUONNOS-merkintää. Sovittujen tilaa voi yhä vaihtaa, ja kokouksen voi avata uudelleen muokattavaksi.</source>
        <translation>Close the municipal managers&apos; meeting %1? A closed meeting cannot be changed, and its minutes print without the DRAFT mark. The status of its agreements can still be changed, and the meeting can be reopened for editing.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/dialogs.py" line="255"/>
        <source>ja %1 muuta</source>
        <translation>and %1 more</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/dialogs.py" line="267"/>
        <source>Läsnäoloa ei ole merkitty (%1):</source>
        <translation>Attendance not marked (%1):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/dialogs.py" line="270"/>
        <source>Näihin asioihin ei ole kirjattu keskustelua eikä sovittuja:</source>
        <translation>No discussion or agreement recorded for these matters:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/dialogs.py" line="281"/>
        <source>Jatka kirjaamista</source>
        <translation>Keep recording</translation>
    </message>
</context>
<context>
    <name>ManagersHeader</name>
    <message>
        <location filename="../../desktop_app/ui/managers/view.py" line="58"/>
        <source>Kokouksen tila</source>
        <translation>Meeting status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/view.py" line="63"/>
        <source>pp.kk.vvvv</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/view.py" line="65"/>
        <source>hh.mm</source>
        <translation>hh.mm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/view.py" line="67"/>
        <source>Teams tai linkki</source>
        <translation>Teams or a link</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/view.py" line="78"/>
        <source>&amp;Päivä</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/view.py" line="78"/>
        <source>Klo</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/view.py" line="78"/>
        <source>Paikka</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/view.py" line="78"/>
        <source>Etäyhteys</source>
        <translation>Remote link</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/view.py" line="79"/>
        <source>Puheenjohtaja</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/view.py" line="79"/>
        <source>Sihteeri</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/view.py" line="99"/>
        <source>Kuntajohtajakokous %1</source>
        <translation>Municipal managers&apos; meeting %1</translation>
    </message>
</context>
<context>
    <name>ManagersHistory</name>
    <message>
        <location filename="../../desktop_app/ui/managers/history.py" line="26"/>
        <source>mennessä %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/history.py" line="29"/>
        <source>Sovittiin</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/history.py" line="42"/>
        <source>%1, kuntaneuvottelu %2</source>
        <translation>%1, municipal negotiation %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/history.py" line="45"/>
        <source>(poistettu neuvottelusta)</source>
        <translation>(deleted from the negotiation)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/history.py" line="48"/>
        <source>Tuotu neuvotteluista</source>
        <translation>Brought from the negotiations</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/history.py" line="53"/>
        <source>Kokous %1</source>
        <translation>Meeting %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/history.py" line="55"/>
        <source>asia %1</source>
        <translation>matter %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/history.py" line="60"/>
        <source>Ei muistiinpanoja.</source>
        <translation>No notes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/history.py" line="66"/>
        <source>Asiaa ei ole käsitelty aiemmissa kokouksissa.</source>
        <translation>The matter has not been handled in earlier meetings.</translation>
    </message>
</context>
<context>
    <name>ManagersLabels</name>
    <message>
        <location filename="../../desktop_app/ui/managers/labels.py" line="21"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/labels.py" line="22"/>
        <source>läsnä</source>
        <translation>present</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/labels.py" line="23"/>
        <source>poissa</source>
        <translation>absent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/labels.py" line="24"/>
        <source>etänä</source>
        <translation>remote</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/labels.py" line="30"/>
        <source>Kuntajohtaja</source>
        <translation>Municipal manager</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/labels.py" line="31"/>
        <source>Varahenkilö</source>
        <translation>Deputy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/labels.py" line="32"/>
        <location filename="../../desktop_app/ui/managers/labels.py" line="40"/>
        <source>Kainuun liitto</source>
        <translation>Regional Council of Kainuu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/labels.py" line="33"/>
        <source>Asiantuntija</source>
        <translation>Expert</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/labels.py" line="39"/>
        <source>Kunta</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/labels.py" line="41"/>
        <source>Muu taho</source>
        <translation>Other party</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/labels.py" line="47"/>
        <source>Käsittelyssä</source>
        <translation>Under discussion</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/labels.py" line="48"/>
        <source>Käsitelty</source>
        <translation>Handled</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/labels.py" line="49"/>
        <source>Siirretty</source>
        <translation>Carried on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/labels.py" line="55"/>
        <source>siirretty kokoukseen %1</source>
        <translation>carried to meeting %1</translation>
    </message>
</context>
<context>
    <name>ManagersModels</name>
    <message>
        <location filename="../../desktop_app/ui/managers/models.py" line="63"/>
        <source>Kuntajohtajakokoukset %1</source>
        <translation>Municipal managers&apos; meetings %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/models.py" line="155"/>
        <source>Kokous</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/models.py" line="155"/>
        <source>Aika</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/models.py" line="156"/>
        <source>Paikka</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/models.py" line="156"/>
        <location filename="../../desktop_app/ui/managers/models.py" line="237"/>
        <location filename="../../desktop_app/ui/managers/models.py" line="284"/>
        <source>Tila</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/models.py" line="157"/>
        <source>Asioita</source>
        <translation>Matters</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/models.py" line="158"/>
        <source>Avoimia sovittuja</source>
        <translation>Open agreements</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/models.py" line="194"/>
        <source>Nimi</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/models.py" line="194"/>
        <source>Tehtävä</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/models.py" line="195"/>
        <source>Läsnä</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/models.py" line="204"/>
        <source>(nimi puuttuu)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/models.py" line="209"/>
        <location filename="../../desktop_app/ui/managers/models.py" line="268"/>
        <source>asia %1</source>
        <translation>matter %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/models.py" line="236"/>
        <source>Nro</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/models.py" line="236"/>
        <source>Asia</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/models.py" line="237"/>
        <source>Tuoja</source>
        <translation>Raised by</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/models.py" line="283"/>
        <source>Vastuu</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/models.py" line="283"/>
        <source>Toimenpide</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/models.py" line="284"/>
        <source>Määräpäivä</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/models.py" line="314"/>
        <source>Kierros</source>
        <translation>Round</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/models.py" line="314"/>
        <source>Kunta</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/models.py" line="315"/>
        <source>Laji</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/models.py" line="315"/>
        <source>Teksti</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>ManagersNavigationView</name>
    <message>
        <location filename="../../desktop_app/ui/managers/navigation.py" line="52"/>
        <source>Kuntajohtajakokoukset</source>
        <translation>Municipal managers&apos; meetings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/navigation.py" line="55"/>
        <source>Vuodet</source>
        <translation>Years</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/navigation.py" line="58"/>
        <source>Suunnittele vuosi…</source>
        <translation>Plan a year…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/navigation.py" line="59"/>
        <source>Suunnittele vuoden kokoukset kerralla</source>
        <translation>Plan the year&apos;s meetings in one step</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/navigation.py" line="61"/>
        <source>Lisää ylimääräinen kokous…</source>
        <translation>Add an extra meeting…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/navigation.py" line="72"/>
        <source>Vuoden kuntajohtajakokoukset</source>
        <translation>The year&apos;s municipal managers&apos; meetings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/navigation.py" line="78"/>
        <source>Avaa kokous</source>
        <translation>Open meeting</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/navigation.py" line="79"/>
        <source>Avaa valittu kokous (Enter)</source>
        <translation>Open the selected meeting (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/navigation.py" line="81"/>
        <source>Valitse kokous ja paina Enter.</source>
        <translation>Select a meeting and press Enter.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/navigation.py" line="123"/>
        <source>Ei vielä kokouksia – aloita suunnittelemalla vuosi.</source>
        <translation>No meetings yet – start by planning a year.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/navigation.py" line="139"/>
        <source>Kuntajohtajakokoukset %1</source>
        <translation>Municipal managers&apos; meetings %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/managers/navigation.py" line="186"/>
        <source>Vuoden %1 kuntajohtajakokoukset suunniteltu: %n kokous(ta).</source>
        <translation>
            <numerusform>Municipal managers&apos; meetings of %1 planned: %n meeting.</numerusform>
            <numerusform>Municipal managers&apos; meetings of %1 planned: %n meetings.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/navigation.py" line="196"/>
        <source>Kokous %1 lisätty.</source>
        <translation>Meeting %1 added.</translation>
    </message>
</context>
<context>
    <name>ManagersWorkspaceController</name>
    <message>
        <location filename="../../desktop_app/ui/managers/agenda_ops.py" line="73"/>
        <source>Asiaa ei ole vielä tallennettu; kirjoita ensin sen otsikko.</source>
        <translation>The matter is not saved yet; type its title first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/agenda_ops.py" line="88"/>
        <source>Asia on jo ensimmäisenä.</source>
        <translation>The matter is already first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/agenda_ops.py" line="90"/>
        <source>Asia on jo viimeisenä.</source>
        <translation>The matter is already last.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/agenda_ops.py" line="94"/>
        <source>Siirrä asia</source>
        <translation>Move matter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/agenda_ops.py" line="98"/>
        <source>Asia siirretty: nyt asia %1.</source>
        <translation>Matter moved: now matter %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/agenda_ops.py" line="101"/>
        <source>Siirto kumottu.</source>
        <translation>Move undone.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/agenda_ops.py" line="109"/>
        <source>Tallentamaton asia tyhjennetty.</source>
        <translation>Unsaved matter cleared.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/agenda_ops.py" line="125"/>
        <source>Poista asia</source>
        <translation>Delete the matter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/agenda_ops.py" line="130"/>
        <source>Asia poistettu. %1 palauttaa sen.</source>
        <translation>Matter deleted. %1 brings it back.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/agenda_ops.py" line="132"/>
        <source>Asia palautettu asiaksi %1.</source>
        <translation>Matter restored as matter %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/agenda_ops.py" line="166"/>
        <source>Siirrä asia seuraavaan kokoukseen</source>
        <translation>Carry the matter to the next meeting</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/agenda_ops.py" line="175"/>
        <source>Asia siirretty kokouksen %1 asialistalle (asia %2).</source>
        <translation>Matter carried to the agenda of meeting %1 (matter %2).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/agenda_ops.py" line="222"/>
        <source>Tuo asia neuvotteluista</source>
        <translation>Bring a matter from the negotiations</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/agenda_ops.py" line="228"/>
        <source>Tuotu asialistalle asiaksi %1: %2</source>
        <translation>Brought onto the agenda as matter %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/agenda_ops.py" line="391"/>
        <source>Kirjoita ensin, kuka valmistelee mitä.</source>
        <translation>First type who prepares what.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/agenda_ops.py" line="421"/>
        <source>Lisää sovittu</source>
        <translation>Add agreement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/agenda_ops.py" line="425"/>
        <source>Sovittu kirjattu asiaan %1.</source>
        <translation>Agreement recorded on matter %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/agenda_ops.py" line="473"/>
        <source>Sovitun tila: %1.</source>
        <translation>Agreement status: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/agenda_ops.py" line="488"/>
        <source>Poista sovittu</source>
        <translation>Delete agreement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/agenda_ops.py" line="493"/>
        <source>Sovittu poistettu. %1 palauttaa sen.</source>
        <translation>Agreement deleted. %1 brings it back.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/agenda_ops.py" line="495"/>
        <source>Sovittu palautettu.</source>
        <translation>Agreement restored.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/controller.py" line="153"/>
        <source>Kuntajohtajakokous %1, %2.</source>
        <translation>Municipal managers&apos; meeting %1, %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/managers/controller.py" line="177"/>
        <source>%n asia(a)</source>
        <translation>
            <numerusform>%n matter</numerusform>
            <numerusform>%n matters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/managers/controller.py" line="178"/>
        <source>%n henkilö(ä)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/header_ops.py" line="72"/>
        <source>Päivä</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/header_ops.py" line="73"/>
        <source>Klo</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/header_ops.py" line="74"/>
        <source>Paikka</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/header_ops.py" line="75"/>
        <source>Etäyhteys</source>
        <translation>Remote link</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/header_ops.py" line="76"/>
        <source>Puheenjohtaja</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/header_ops.py" line="77"/>
        <source>Sihteeri</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/controller.py" line="294"/>
        <location filename="../../desktop_app/ui/managers/controller.py" line="467"/>
        <source>Asia %1/%2</source>
        <translation>Matter %1/%2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/controller.py" line="295"/>
        <source>Uusi asia</source>
        <translation>New matter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/controller.py" line="366"/>
        <source>Kirjoita ensin asian otsikko; muu teksti tallentuu sen jälkeen.</source>
        <translation>Type the matter&apos;s title first; the rest is saved after it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/controller.py" line="422"/>
        <source>Asia</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/controller.py" line="422"/>
        <source>Esittelijä</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/controller.py" line="423"/>
        <source>Muu taho</source>
        <translation>Other party</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/controller.py" line="423"/>
        <source>Tuoja</source>
        <translation>Raised by</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/controller.py" line="424"/>
        <source>Kunta</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/controller.py" line="424"/>
        <source>Tila</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/controller.py" line="427"/>
        <source>Asiaa muutettiin samaan aikaan toisaalla. Molempien muutokset on tallennettu.</source>
        <translation>The matter was changed elsewhere at the same time. Both sides&apos; changes are saved.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/controller.py" line="489"/>
        <source>%1 uusi asia, %2 siirtää seuraavaan kokoukseen.</source>
        <translation>%1 new matter, %2 carries to the next meeting.</translation>
    </message>
</context>
<context>
    <name>ManagersWorkspaceView</name>
    <message>
        <location filename="../../desktop_app/ui/managers/view.py" line="278"/>
        <source>Asialista ja läsnäolo</source>
        <translation>Agenda and attendance</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/view.py" line="279"/>
        <source>Asialista</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/view.py" line="280"/>
        <source>Läsnäolo</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/view.py" line="282"/>
        <source>Asian vaiheet</source>
        <translation>The matter&apos;s history</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/view.py" line="285"/>
        <source>Asian aiemmat käsittelyt</source>
        <translation>Earlier handlings of the matter</translation>
    </message>
</context>
<context>
    <name>MatterEditorView</name>
    <message>
        <location filename="../../desktop_app/ui/managers/editor_view.py" line="41"/>
        <source>Asian otsikko, esim. Maakuntaohjelman toteuttamissuunnitelma</source>
        <translation>The matter&apos;s title, e.g. Regional programme implementation plan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/editor_view.py" line="51"/>
        <source>muu taho, esim. Väylävirasto</source>
        <translation>other party, e.g. the Finnish Transport Infrastructure Agency</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/editor_view.py" line="57"/>
        <source>Lyhyt kuvaus ennen kokousta</source>
        <translation>A short description before the meeting</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/editor_view.py" line="61"/>
        <source>Keskustelu kokouksessa</source>
        <translation>The discussion in the meeting</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/editor_view.py" line="67"/>
        <source>&amp;Asia</source>
        <translation>M&amp;atter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/editor_view.py" line="69"/>
        <source>Tuo&amp;ja</source>
        <translation>Raised &amp;by</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/editor_view.py" line="71"/>
        <source>Kunta</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/editor_view.py" line="74"/>
        <source>Muu taho</source>
        <translation>Other party</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/editor_view.py" line="77"/>
        <source>E&amp;sittelijä</source>
        <translation>&amp;Presenter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/editor_view.py" line="79"/>
        <source>Ti&amp;la</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/editor_view.py" line="87"/>
        <location filename="../../desktop_app/ui/managers/editor_view.py" line="136"/>
        <source>Sovittiin</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/editor_view.py" line="97"/>
        <source>kuka</source>
        <translation>who</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/editor_view.py" line="99"/>
        <source>mitä valmistellaan</source>
        <translation>what is prepared</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/editor_view.py" line="101"/>
        <source>pp.kk.vvvv</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/editor_view.py" line="103"/>
        <source>Lisää sovittu</source>
        <translation>Add agreement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/editor_view.py" line="104"/>
        <source>Lisää sovittu jatkotoimi (Enter)</source>
        <translation>Add an agreed action (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/editor_view.py" line="108"/>
        <source>Poista sovittu</source>
        <translation>Delete agreement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/editor_view.py" line="109"/>
        <source>Poista valittu sovittu (%1)</source>
        <translation>Delete the selected agreement (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/editor_view.py" line="114"/>
        <source>Vast&amp;uu</source>
        <translation>O&amp;wner</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/editor_view.py" line="116"/>
        <source>Mää&amp;räpäivä</source>
        <translation>D&amp;ue date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/editor_view.py" line="118"/>
        <source>Toimenpi&amp;de</source>
        <translation>Actio&amp;n</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/editor_view.py" line="123"/>
        <source>Valitun tila</source>
        <translation>Selected one&apos;s status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/editor_view.py" line="124"/>
        <source>Valitun tila: sovitun jatkotoimen tila</source>
        <translation>Selected one&apos;s status: the agreed action&apos;s status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/editor_view.py" line="127"/>
        <source>%1 muokkaa solua.</source>
        <translation>%1 edits the cell.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/editor_view.py" line="144"/>
        <source>Ku&amp;vaus</source>
        <translation>Descr&amp;iption</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/editor_view.py" line="146"/>
        <source>&amp;Keskustelu</source>
        <translation>Discussion n&amp;otes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/editor_view.py" line="177"/>
        <source>”%1” ei ole Kainuun kunta. Kirjoita kunnan nimi tai valitse se listasta.</source>
        <translation>“%1” is not a municipality of Kainuu. Type the municipality&apos;s name or choose it from the list.</translation>
    </message>
</context>
<context>
    <name>MeetingHeader</name>
    <message>
        <location filename="../../desktop_app/ui/workspace/header.py" line="26"/>
        <source>Neuvottelun tila</source>
        <translation>Meeting status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/header.py" line="28"/>
        <source>pp.kk.vvvv</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/header.py" line="31"/>
        <source>hh.mm</source>
        <translation>hh.mm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/header.py" line="81"/>
        <source>Paikka</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/header.py" line="47"/>
        <source>&amp;Päivä</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/header.py" line="34"/>
        <source>esim. kaupungintalo tai Teams</source>
        <translation>e.g. the town hall or Teams</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/header.py" line="47"/>
        <source>&amp;Klo</source>
        <translation>T&amp;ime</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/header.py" line="48"/>
        <source>P&amp;aikka</source>
        <translation>Pl&amp;ace</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/header.py" line="80"/>
        <source>Päivä</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/header.py" line="80"/>
        <source>Kellonaika</source>
        <translation>Time</translation>
    </message>
</context>
<context>
    <name>MeetingTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/nav_models.py" line="84"/>
        <source>Kunta</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/nav_models.py" line="85"/>
        <source>Aika</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/nav_models.py" line="86"/>
        <source>Paikka</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/nav_models.py" line="87"/>
        <source>Tila</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/nav_models.py" line="88"/>
        <source>Kattavuus</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/nav_models.py" line="89"/>
        <source>Kohtia</source>
        <translation>Items</translation>
    </message>
</context>
<context>
    <name>NavigationView</name>
    <message>
        <location filename="../../desktop_app/ui/navigation.py" line="77"/>
        <source>Kuntaneuvottelukierrokset</source>
        <translation>Negotiation rounds</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/navigation.py" line="80"/>
        <source>Kierrokset</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/navigation.py" line="83"/>
        <source>Suunnittele kierros…</source>
        <translation>Plan a round…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/navigation.py" line="84"/>
        <source>Suunnittele uusi kierros (%1)</source>
        <translation>Plan a new round (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/navigation.py" line="103"/>
        <source>Valitse kunta ja paina Enter. %1 hakee kaikista kierroksista.</source>
        <translation>Choose a municipality and press Enter. %1 searches all rounds.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/navigation.py" line="149"/>
        <source>Ei vielä kierroksia – aloita suunnittelemalla kierros (%1).</source>
        <translation>No rounds yet – start by planning one (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/navigation.py" line="94"/>
        <source>Kierroksen neuvottelut</source>
        <translation>Meetings of the round</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/navigation.py" line="100"/>
        <source>Avaa neuvottelu</source>
        <translation>Open meeting</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/navigation.py" line="101"/>
        <source>Avaa valittu neuvottelu (Enter)</source>
        <translation>Open the selected meeting (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/navigation.py" line="207"/>
        <source>Kierros %1 suunniteltu: neuvottelu jokaiselle jäsenkunnalle.</source>
        <translation>Round %1 planned: a meeting for every member municipality.</translation>
    </message>
</context>
<context>
    <name>ParticipantColumn</name>
    <message>
        <location filename="../../desktop_app/ui/workspace/panels.py" line="104"/>
        <source>Nimi, tehtävänimike – Enter lisää</source>
        <translation>Name, title – Enter adds</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/panels.py" line="105"/>
        <source>Lisää osallistuja: %1</source>
        <translation>Add participant: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/panels.py" line="107"/>
        <source>Osallistujat: %1</source>
        <translation>Participants: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/panels.py" line="109"/>
        <source>Poista valittu</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/panels.py" line="110"/>
        <source>Poista valittu osallistuja: %1</source>
        <translation>Remove the selected participant: %1</translation>
    </message>
</context>
<context>
    <name>ParticipantEditor</name>
    <message>
        <location filename="../../desktop_app/ui/workspace/panels.py" line="128"/>
        <source>Valitun osallistujan tiedot</source>
        <translation>Selected participant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/panels.py" line="138"/>
        <source>N&amp;imi</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/panels.py" line="138"/>
        <source>Te&amp;htävänimike</source>
        <translation>&amp;Job title</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/panels.py" line="139"/>
        <source>O&amp;rganisaatio</source>
        <translation>O&amp;rganisation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/panels.py" line="139"/>
        <source>P&amp;uoli</source>
        <translation>&amp;Side</translation>
    </message>
</context>
<context>
    <name>ParticipantsController</name>
    <message>
        <location filename="../../desktop_app/ui/workspace/participants.py" line="197"/>
        <source>Nimi</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/participants.py" line="197"/>
        <source>Tehtävänimike</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/participants.py" line="198"/>
        <source>Organisaatio</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/participants.py" line="198"/>
        <source>Puoli</source>
        <translation>Side</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/participants.py" line="246"/>
        <source>Valitse ensin poistettava osallistuja.</source>
        <translation>Select the participant to remove first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/participants.py" line="250"/>
        <source>Poista osallistuja %1</source>
        <translation>Remove participant %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/participants.py" line="253"/>
        <source>Osallistuja %2 poistettu. %1 palauttaa.</source>
        <translation>Participant %2 removed. %1 restores them.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/participants.py" line="255"/>
        <source>Osallistuja %1 palautettu.</source>
        <translation>Participant %1 restored.</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <location filename="../../desktop_app/ui/workspace/panels.py" line="165"/>
        <source>Osallistujat</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/panels.py" line="168"/>
        <source>Kirjoita nimi ja tehtävä pilkulla erotettuna ja paina Enter. Valitun tiedot voi muuttaa alla (tallentuu itsestään). %1 poistaa valitun, %2 palauttaa.</source>
        <translation>Type the name and job title separated by a comma and press Enter. Edit the selected person&apos;s details below (saved automatically). %1 removes the selected person, %2 brings them back.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/panels.py" line="173"/>
        <source>Kainuun liitto</source>
        <translation>Regional Council of Kainuu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/panels.py" line="174"/>
        <source>Kunta</source>
        <translation>Municipality</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../desktop_app/ui/pdf_preview.py" line="72"/>
        <source>PDF-esikatselu</source>
        <translation>PDF preview</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_preview.py" line="76"/>
        <source>Sivunumero</source>
        <translation>Page number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_preview.py" line="79"/>
        <source>Suurennos</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_preview.py" line="80"/>
        <source>Pienennä (%1)</source>
        <translation>Zoom out (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_preview.py" line="82"/>
        <source>Suurenna (%1)</source>
        <translation>Zoom in (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_preview.py" line="84"/>
        <source>Sovita &amp;leveyteen</source>
        <translation>Fit &amp;width</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_preview.py" line="85"/>
        <source>&amp;Koko sivu</source>
        <translation>Whole &amp;page</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_preview.py" line="88"/>
        <source>&amp;Tulosta…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_preview.py" line="89"/>
        <source>Tallenna &amp;nimellä…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_preview.py" line="90"/>
        <source>&amp;Sulje</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_preview.py" line="192"/>
        <source>Ei sivuja</source>
        <translation>No pages</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_preview.py" line="200"/>
        <source>Sivu {0} / {1}</source>
        <translation>Page {0} / {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_preview.py" line="221"/>
        <source>Tulosta</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_preview.py" line="227"/>
        <source>Tulostus epäonnistui</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_preview.py" line="232"/>
        <source>Tallenna PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_preview.py" line="233"/>
        <source>PDF-tiedostot (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_preview.py" line="242"/>
        <source>Tallennus epäonnistui</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_preview.py" line="243"/>
        <source>Tiedostoa ei voitu tallentaa: {0}</source>
        <translation>The file could not be saved: {0}</translation>
    </message>
</context>
<context>
    <name>PlanYearDialog</name>
    <message>
        <location filename="../../desktop_app/ui/managers/dialogs.py" line="94"/>
        <source>Suunnittele vuoden kuntajohtajakokoukset</source>
        <translation>Plan the year&apos;s municipal managers&apos; meetings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/dialogs.py" line="102"/>
        <source>ensimmäinen</source>
        <translation>first</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/dialogs.py" line="102"/>
        <source>toinen</source>
        <translation>second</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/dialogs.py" line="102"/>
        <source>kolmas</source>
        <translation>third</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/dialogs.py" line="103"/>
        <source>neljäs</source>
        <translation>fourth</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/dialogs.py" line="103"/>
        <source>viimeinen</source>
        <translation>last</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/dialogs.py" line="114"/>
        <location filename="../../desktop_app/ui/managers/dialogs.py" line="124"/>
        <source>Kuukaudet</source>
        <translation>Months</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/dialogs.py" line="121"/>
        <source>&amp;Vuosi</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/dialogs.py" line="122"/>
        <source>Viikon&amp;päivä</source>
        <translation>&amp;Weekday</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/dialogs.py" line="123"/>
        <source>&amp;Monesko viikko</source>
        <translation>Which wee&amp;k</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/dialogs.py" line="125"/>
        <source>&amp;Kellonaika</source>
        <translation>&amp;Time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/dialogs.py" line="126"/>
        <source>P&amp;aikka</source>
        <translation>Pl&amp;ace</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/managers/dialogs.py" line="127"/>
        <source>&amp;Etäyhteys</source>
        <translation>&amp;Remote link</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../../desktop_app/ui/workspace/view.py" line="39"/>
        <source>Avaa uudelleen muokattavaksi (%1)</source>
        <translation>Reopen for editing (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/view.py" line="41"/>
        <source>Avaa neuvottelu uudelleen muokattavaksi</source>
        <translation>Reopen the meeting for editing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/view.py" line="51"/>
        <source>Neuvottelu on suljettu, eikä sitä voi muuttaa. Jatkotoimenpiteen tilan voi yhä vaihtaa.</source>
        <translation>The meeting is closed and cannot be changed. A follow-up&apos;s status can still be set.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/view.py" line="54"/>
        <source>Neuvottelu on hyväksytty, ja sen sisältö on lopullinen. Jatkotoimenpiteen tilan voi yhä vaihtaa.</source>
        <translation>The meeting has been approved and its content is final. A follow-up&apos;s status can still be set.</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="43"/>
        <source>Esikatsele neuvottelumuistio…</source>
        <translation>Preview meeting handout…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="44"/>
        <source>Tulosta neuvottelumuistio…</source>
        <translation>Print meeting handout…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="45"/>
        <source>Tallenna neuvottelumuistio PDF:ksi…</source>
        <translation>Save meeting handout as PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="49"/>
        <source>Kuntaneuvottelujen avoimet jatkotoimenpiteet (PDF)…</source>
        <translation>Open follow-ups of the negotiations (PDF)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="57"/>
        <source>Esikatsele asialista…</source>
        <translation>Preview agenda…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="59"/>
        <source>Tulosta asialista…</source>
        <translation>Print agenda…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="61"/>
        <source>Tallenna asialista PDF:ksi…</source>
        <translation>Save agenda as PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="63"/>
        <source>Esikatsele muistio…</source>
        <translation>Preview minutes…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="65"/>
        <source>Tulosta muistio…</source>
        <translation>Print minutes…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="67"/>
        <source>Tallenna muistio PDF:ksi…</source>
        <translation>Save minutes as PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="70"/>
        <source>Kuntajohtajakokousten avoimet jatkotoimenpiteet (PDF)…</source>
        <translation>Open follow-ups of the managers&apos; meetings (PDF)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="82"/>
        <source>Kierroksen yhteenveto (PDF)…</source>
        <translation>Round summary (PDF)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="83"/>
        <source>Avoimet jatkotoimenpiteet (PDF)…</source>
        <translation>Open follow-ups (PDF)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="110"/>
        <source>Luodaan PDF-tiedostoa…</source>
        <translation>Creating the PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="113"/>
        <source>PDF:n luonti peruttiin.</source>
        <translation>Creating the PDF was cancelled.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="116"/>
        <source>PDF:n luonti epäonnistui.</source>
        <translation>Creating the PDF failed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="117"/>
        <source>PDF:n luonti epäonnistui</source>
        <translation>Creating the PDF failed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="122"/>
        <source>Valitse ensin neuvottelu.</source>
        <translation>Choose a meeting first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="132"/>
        <source>Neuvottelumuistio: {0}</source>
        <translation>Meeting handout: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="142"/>
        <source>Kierroksia ei ole vielä.</source>
        <translation>There are no rounds yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="152"/>
        <source>Yhteenveto: {0}</source>
        <translation>Summary: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="160"/>
        <source>Avoimet jatkotoimenpiteet</source>
        <translation>Open follow-ups</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="161"/>
        <source>Kuntaneuvottelujen avoimet jatkotoimenpiteet</source>
        <translation>Open follow-ups of the negotiations</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="163"/>
        <source>Kuntajohtajakokousten avoimet jatkotoimenpiteet</source>
        <translation>Open follow-ups of the managers&apos; meetings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="182"/>
        <source>Valitse ensin kuntajohtajakokous.</source>
        <translation>Choose a managers&apos; meeting first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="186"/>
        <source>Asialista: kuntajohtajakokous {0}</source>
        <translation>Agenda: managers&apos; meeting {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="188"/>
        <source>Muistio: kuntajohtajakokous {0}</source>
        <translation>Minutes: managers&apos; meeting {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="206"/>
        <source>PDF valmis.</source>
        <translation>PDF ready.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="229"/>
        <source>Tallenna PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="230"/>
        <source>PDF-tiedostot (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="232"/>
        <source>Tallennus peruttiin.</source>
        <translation>Saving was cancelled.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="242"/>
        <source>Tallennettu: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/list_models.py" line="87"/>
        <source>Vuosi</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/list_models.py" line="88"/>
        <source>Kunta</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/list_models.py" line="89"/>
        <source>Sektori</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/list_models.py" line="90"/>
        <source>Laji</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/list_models.py" line="91"/>
        <source>Osuma</source>
        <translation>Match</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/list_models.py" line="103"/>
        <source>Kuntajohtajakokous %1/%2, asia %3</source>
        <translation>Managers&apos; meeting %1/%2, matter %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/list_models.py" line="111"/>
        <source>Sovittiin:</source>
        <translation>Agreed:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/list_models.py" line="112"/>
        <source>Jatkotoimenpide:</source>
        <translation>Follow-up:</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../../desktop_app/ui/search_view.py" line="48"/>
        <source>Haku</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_view.py" line="51"/>
        <source>Hakusanat</source>
        <translation>Search words</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_view.py" line="63"/>
        <source>Hakutulokset</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_view.py" line="125"/>
        <source>Kaikki kierrokset</source>
        <translation>All rounds</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_view.py" line="127"/>
        <source>Kaikki kunnat</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_view.py" line="129"/>
        <source>Kaikki sektorit</source>
        <translation>All sectors</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_view.py" line="131"/>
        <source>Kaikki lajit</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_view.py" line="56"/>
        <source>Tyhjennä hakusanat</source>
        <translation>Clear the search words</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_view.py" line="53"/>
        <source>Hae neuvottelujen palautteista ja kuntajohtajakokousten asioista…</source>
        <translation>Search the negotiations&apos; feedback and the managers&apos; meetings&apos; matters…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_view.py" line="83"/>
        <source>Kie&amp;rros</source>
        <translation>Rou&amp;nd</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_view.py" line="84"/>
        <source>K&amp;unta</source>
        <translation>M&amp;unicipality</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_view.py" line="85"/>
        <source>Se&amp;ktori</source>
        <translation>Se&amp;ctor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_view.py" line="85"/>
        <source>&amp;Laji</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_view.py" line="86"/>
        <source>Kokou&amp;s</source>
        <translation>Meet&amp;ing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_view.py" line="133"/>
        <source>Kaikki kokoukset</source>
        <translation>All meetings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_view.py" line="134"/>
        <source>Kuntaneuvottelut</source>
        <translation>Municipal negotiations</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_view.py" line="135"/>
        <source>Kuntajohtajakokoukset</source>
        <translation>Municipal managers&apos; meetings</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/search_view.py" line="168"/>
        <location filename="../../desktop_app/ui/search_view.py" line="215"/>
        <source>%n osuma(a)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_view.py" line="195"/>
        <source>Voikko-kirjastoa ei löytynyt: haku tunnistaa taivutusmuodot vain osittain ja löytää sanat myös alkuosan perusteella.</source>
        <translation>The Voikko library was not found: search recognises inflected forms only partly and also finds words by their beginning.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_view.py" line="198"/>
        <source>Voikko-kirjastoa ei löytynyt: haku löytää sanat vain sellaisinaan ja alkuosan perusteella. Kirjoita sanan alku, esimerkiksi »liiken«.</source>
        <translation>The Voikko library was not found: search finds words only as written and by their beginning. Type the beginning of a word, for example »liiken«.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_view.py" line="205"/>
        <source>Ei osumia: rajaukset sulkevat pois kaikki osumat.</source>
        <translation>No hits: the filters exclude every hit.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_view.py" line="206"/>
        <source>Ei osumia. Kokeile:</source>
        <translation>No hits. Try:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_view.py" line="206"/>
        <source>Ei osumia.</source>
        <translation>No hits.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_view.py" line="216"/>
        <source>Poista rajaukset</source>
        <translation>Remove the filters</translation>
    </message>
</context>
<context>
    <name>SectionEditorView</name>
    <message>
        <location filename="../../desktop_app/ui/workspace/editor_view.py" line="38"/>
        <source>Kohdat</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/editor_view.py" line="51"/>
        <source>Kohdan teksti</source>
        <translation>Item text</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/editor_view.py" line="52"/>
        <source>Kirjoita, mitä kunta sanoo…</source>
        <translation>Type what the municipality says…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/editor_view.py" line="125"/>
        <source>Jatkotoimenpide: mitä liitto lupasi tehdä</source>
        <translation>Follow-up action: what the council promised to do</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/editor_view.py" line="62"/>
        <source>Mitä liitto lupasi tehdä</source>
        <translation>What the council promised to do</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/editor_view.py" line="33"/>
        <source>Kirjoita kohta; %1 aloittaa seuraavan. Tallennus on automaattinen.</source>
        <translation>Type the item; %1 starts the next one. Saving is automatic.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/editor_view.py" line="66"/>
        <source>pp.kk.vvvv</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/editor_view.py" line="90"/>
        <source>Aloita uusi kohta (%1)</source>
        <translation>Start a new item (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/editor_view.py" line="91"/>
        <source>Siirrä ylös (%1)</source>
        <translation>Move up (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/editor_view.py" line="92"/>
        <source>Siirrä alas (%1)</source>
        <translation>Move down (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/editor_view.py" line="93"/>
        <source>Poista kohta (%1)</source>
        <translation>Delete item (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/editor_view.py" line="127"/>
        <source>&amp;Vastuuhenkilö</source>
        <translation>&amp;Owner</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/editor_view.py" line="129"/>
        <source>M&amp;ääräpäivä</source>
        <translation>D&amp;ue date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/editor_view.py" line="84"/>
        <source>Uusi kohta</source>
        <translation>New item</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/editor_view.py" line="64"/>
        <source>Kuka liitosta hoitaa asian</source>
        <translation>Who at the council takes care of it</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/editor_view.py" line="76"/>
        <source>Avaa kuntajohtajakokous tämän asian kohdalta (%1)</source>
        <translation>Open the managers&apos; meeting at this matter (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/editor_view.py" line="85"/>
        <source>Ylös</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/editor_view.py" line="86"/>
        <source>Alas</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/editor_view.py" line="87"/>
        <source>Poista</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/editor_view.py" line="113"/>
        <source>&amp;Laji</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/editor_view.py" line="116"/>
        <source>Tärke&amp;ys</source>
        <translation>Im&amp;portance</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/editor_view.py" line="124"/>
        <source>&amp;Jatkotoimenpide</source>
        <translation>Follo&amp;w-up action</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/editor_view.py" line="131"/>
        <source>T&amp;ila</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/editor_view.py" line="156"/>
        <source>Kohdan teksti — %1</source>
        <translation>Item text — %1</translation>
    </message>
</context>
<context>
    <name>SectionListModel</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/models/meeting_models.py" line="87"/>
        <source>%1, %n kohta(a)</source>
        <translation>
            <numerusform>%1, %n item</numerusform>
            <numerusform>%1, %n items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/meeting_models.py" line="88"/>
        <source>%1, ei vielä kohtia</source>
        <translation>%1, no items yet</translation>
    </message>
</context>
<context>
    <name>SectorAdminModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/list_models.py" line="181"/>
        <source>Koodi</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/list_models.py" line="182"/>
        <source>Nimi</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/list_models.py" line="183"/>
        <source>Nimi englanniksi</source>
        <translation>Name in English</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/list_models.py" line="184"/>
        <source>Tila</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/list_models.py" line="187"/>
        <source>Poistettu käytöstä</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/list_models.py" line="188"/>
        <source>Käytössä</source>
        <translation>In use</translation>
    </message>
</context>
<context>
    <name>SectorsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/sectors_dialog.py" line="30"/>
        <location filename="../../desktop_app/ui/sectors_dialog.py" line="34"/>
        <source>Toimintasektorit</source>
        <translation>Sectors</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sectors_dialog.py" line="39"/>
        <source>&amp;Lisää…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sectors_dialog.py" line="40"/>
        <source>&amp;Nimeä uudelleen…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sectors_dialog.py" line="41"/>
        <source>&amp;Ylös</source>
        <translation>&amp;Up</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sectors_dialog.py" line="42"/>
        <source>&amp;Alas</source>
        <translation>&amp;Down</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sectors_dialog.py" line="43"/>
        <source>&amp;Poista käytöstä / ota käyttöön</source>
        <translation>Re&amp;tire / restore</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sectors_dialog.py" line="50"/>
        <source>Käytöstä poistettu sektori säilyttää historiansa, mutta sitä ei näytetä uusissa neuvotteluissa.</source>
        <translation>A retired sector keeps its history but is not shown in new meetings.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sectors_dialog.py" line="92"/>
        <location filename="../../desktop_app/ui/sectors_dialog.py" line="95"/>
        <source>Uusi sektori</source>
        <translation>New sector</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sectors_dialog.py" line="92"/>
        <source>Koodi (esim. MAT):</source>
        <translation>Code (e.g. TOU):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sectors_dialog.py" line="95"/>
        <source>Nimi:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sectors_dialog.py" line="103"/>
        <source>Nimeä sektori</source>
        <translation>Rename sector</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sectors_dialog.py" line="103"/>
        <source>Uusi nimi:</source>
        <translation>New name:</translation>
    </message>
</context>
<context>
    <name>SetAsideDialog</name>
    <message>
        <location filename="../../desktop_app/ui/sync_set_aside.py" line="35"/>
        <source>Keskitietokannan hylkäämät rivit</source>
        <translation>Rows refused by the central database</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_set_aside.py" line="38"/>
        <source>Keskitietokanta ei hyväksynyt näitä rivejä; muut muutokset siirtyivät. Korjaa rivi tavalliseen tapaan (esimerkiksi muokkaa tekstiä): korjattu rivi lähtee seuraavassa synkronoinnissa. Mitään ei ole poistettu.</source>
        <translation>The central database did not accept these rows; all other changes were transferred. Fix the row the usual way (for example, edit the text): a fixed row goes up with the next sync. Nothing has been deleted.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_set_aside.py" line="41"/>
        <source>Keskitietokannasta haetut rivit, joita tämä kone ei voinut tallentaa, korjataan keskitietokannassa; korjattu rivi tallentuu seuraavassa synkronoinnissa.</source>
        <translation>Rows pulled from the central database that this computer could not store are fixed in the central database; the fixed row is stored at the next sync.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_set_aside.py" line="45"/>
        <location filename="../../desktop_app/ui/sync_set_aside.py" line="126"/>
        <source>Hylätyt rivit</source>
        <translation>Refused rows</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_set_aside.py" line="46"/>
        <source>Rivi</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_set_aside.py" line="46"/>
        <source>Kenttä</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_set_aside.py" line="46"/>
        <source>Syy</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_set_aside.py" line="47"/>
        <source>Tila</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_set_aside.py" line="58"/>
        <source>Jätä lähettämättä</source>
        <translation>Do not send</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_set_aside.py" line="59"/>
        <source>Rivi säilyy tällä koneella, mutta sitä ei lähetetä. Jos muokkaat sitä, se lähtee taas.</source>
        <translation>The row stays on this computer but is not sent. If you edit it, it is sent again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_set_aside.py" line="62"/>
        <source>Lähetä uudelleen</source>
        <translation>Send again</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_set_aside.py" line="63"/>
        <source>Lähetä muuttamattomana seuraavassa synkronoinnissa (esimerkiksi kun keskitietokanta on korjattu).</source>
        <translation>Send it unchanged with the next sync (for example, once the central database has been fixed).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_set_aside.py" line="87"/>
        <source>haettu, korjataan keskitietokannassa</source>
        <translation>pulled; fix it in the central database</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_set_aside.py" line="89"/>
        <source>korjattu, lähtee seuraavassa synkronoinnissa</source>
        <translation>fixed, goes up with the next sync</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_set_aside.py" line="90"/>
        <source>jätetty lähettämättä</source>
        <translation>not to be sent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_set_aside.py" line="91"/>
        <source>odottaa korjausta</source>
        <translation>waiting for a fix</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/shortcuts.py" line="35"/>
        <location filename="../../desktop_app/ui/shortcuts.py" line="39"/>
        <source>Pikanäppäimet</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts.py" line="40"/>
        <source>Toiminto</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts.py" line="40"/>
        <source>Näppäimet</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="178"/>
        <location filename="../../desktop_app/ui/app.py" line="213"/>
        <source>Kuntapalaute ei voinut käynnistyä:
%1</source>
        <translation>Kuntapalaute could not start:
%1</translation>
    </message>
</context>
<context>
    <name>StartupShell</name>
    <message>
        <location filename="../../desktop_app/ui/shell.py" line="18"/>
        <source>Avataan tietokantaa…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell.py" line="22"/>
        <source>Käynnistyy</source>
        <translation>Starting</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../desktop_app/ui/sync_actions.py" line="90"/>
        <source>Synkronoi keskitietokannan kanssa…</source>
        <translation>Synchronise with the central database…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_actions.py" line="93"/>
        <source>Synkronoinnin ristiriidat…</source>
        <translation>Synchronisation conflicts…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_actions.py" line="95"/>
        <source>Keskitietokannan hylkäämät rivit…</source>
        <translation>Rows refused by the central database…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_actions.py" line="97"/>
        <source>Keskitietokannan osoite ja salasana…</source>
        <translation>Central database address and password…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_actions.py" line="116"/>
        <location filename="../../desktop_app/ui/sync_actions.py" line="128"/>
        <source>Keskitietokanta</source>
        <translation>Central database</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_actions.py" line="117"/>
        <source>Keskitietokannan osoite (PostgreSQL), esim.
postgresql://kayttaja@palvelin/kuntapalaute?sslmode=verify-full</source>
        <translation>Central database address (PostgreSQL), e.g.
postgresql://user@server/kuntapalaute?sslmode=verify-full</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_actions.py" line="122"/>
        <source>Salasana:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_actions.py" line="124"/>
        <source>Salasanaa ei voi tallentaa tälle koneelle, koska käyttöjärjestelmän avainnippua (esimerkiksi Secret Service) ei ole. Se on käytössä vain kunnes sovellus suljetaan.</source>
        <translation>The password cannot be saved on this computer because there is no system keyring (such as Secret Service). It is used only until the application is closed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_actions.py" line="159"/>
        <source>Keskitietokannan osoite tallennettu.</source>
        <translation>Central database address saved.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_actions.py" line="192"/>
        <source>Synkronoidaan…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_actions.py" line="192"/>
        <source>Peruuta</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_actions.py" line="193"/>
        <location filename="../../desktop_app/ui/sync_actions.py" line="238"/>
        <source>Synkronointi</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_actions.py" line="196"/>
        <source>Synkronoinnin edistyminen</source>
        <translation>Synchronisation progress</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_actions.py" line="227"/>
        <source>Synkronoitu: lähetetty {0}, haettu {1}, ristiriitoja {2}.</source>
        <translation>Synchronised: sent {0}, received {1}, conflicts {2}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_actions.py" line="245"/>
        <source>Synkronointi epäonnistui odottamatta. Muutokset ovat tallessa tällä koneella.</source>
        <translation>Synchronisation failed unexpectedly. Your changes are safe on this computer.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_actions.py" line="249"/>
        <source>Voit antaa uuden salasanan kohdasta Työkalut → Keskitietokannan osoite ja salasana.</source>
        <translation>You can enter a new password under Tools → Central database address and password.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_actions.py" line="251"/>
        <source>Synkronointi epäonnistui</source>
        <translation>Synchronisation failed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_actions.py" line="255"/>
        <source>Synkronointi peruttiin. Jo siirretyt muutokset säilyvät.</source>
        <translation>Synchronisation was cancelled. Changes already transferred are kept.</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <location filename="../../desktop_app/ui/sync_status.py" line="33"/>
        <source>Synkronoinnin tila</source>
        <translation>Synchronisation status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_status.py" line="92"/>
        <source>Esimerkkiaineisto · ei synkronoida</source>
        <translation>Demo data · not synced</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_status.py" line="94"/>
        <source>Synkronoimatta: %1</source>
        <translation>Not synchronised: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_status.py" line="96"/>
        <source>ristiriitoja: %1</source>
        <translation>conflicts: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_status.py" line="98"/>
        <source>keskitietokannan hylkäämiä: %1</source>
        <translation>refused by central: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_status.py" line="100"/>
        <source>haettuja rivejä tallentamatta: %1</source>
        <translation>pulled rows not stored: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_status.py" line="103"/>
        <source>ei vielä synkronoitu</source>
        <translation>never synchronised</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_status.py" line="106"/>
        <source>viimeksi %1 klo %2</source>
        <translation>last %1 at %2</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../../desktop_app/ui/widgets.py" line="41"/>
        <source>Valitse kaikki rivit</source>
        <translation>Select all rows</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets.py" line="105"/>
        <source>Tähän kenttään ei kirjoiteta: valitse nuolinäppäimillä tai alkukirjaimella. Kirjoitettu teksti ei tallentunut.</source>
        <translation>This field is not typed into: choose with the arrow keys or the first letter. The typed text was not saved.</translation>
    </message>
</context>
<context>
    <name>WorkspaceController</name>
    <message>
        <location filename="../../desktop_app/ui/workspace/controller.py" line="145"/>
        <source>Osallistujat</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/controller.py" line="145"/>
        <source>Edunajamiskohteet</source>
        <translation>Advocacy targets</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/controller.py" line="146"/>
        <source>Toimintasektorit</source>
        <translation>Sectors</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/controller.py" line="146"/>
        <source>Aluekehitys</source>
        <translation>Regional development</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/controller.py" line="147"/>
        <source>Kunnan oma kehitys</source>
        <translation>The municipality&apos;s own development</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/controller.py" line="147"/>
        <source>Koko Kainuun kehitys</source>
        <translation>Kainuu as a whole</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/workspace/controller.py" line="236"/>
        <source>%n kohta(a)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/controller.py" line="236"/>
        <source>ei vielä kohtia</source>
        <translation>no items yet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/controller.py" line="288"/>
        <source>Kommentoitu %1/%2 sektoria</source>
        <translation>Comments in %1/%2 sectors</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/controller.py" line="336"/>
        <source>Kohta %1/%2</source>
        <translation>Item %1/%2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/controller.py" line="337"/>
        <source>Uusi kohta</source>
        <translation>New item</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/controller.py" line="455"/>
        <source>Kohtaa muutettiin samaan aikaan toisaalla. Molemmat versiot on tallennettu: sinun versiosi on merkitty ristiriitakopioksi. Vertaa ne ja poista tarpeeton (%1).</source>
        <translation>The item was changed elsewhere at the same time. Both versions are saved: yours is marked as a conflict copy. Compare them and delete the one not needed (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/controller.py" line="458"/>
        <source>Jatkotoimenpidettä muutettiin samaan aikaan toisaalla. Molemmat versiot on tallennettu kohdalle; vertaa ne jatkotoimenpiteiden näkymässä (%1).</source>
        <translation>The follow-up was changed elsewhere at the same time. Both versions are saved on the item; compare them in the follow-ups view (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/controller.py" line="486"/>
        <source>Kohta päivitettiin: sitä muutettiin toisaalla.</source>
        <translation>The item was updated: it was changed elsewhere.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/controller.py" line="487"/>
        <source>Kohta poistettiin toisaalla.</source>
        <translation>The item was deleted elsewhere.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/agenda_ops.py" line="58"/>
        <source>Valitse ensin kohta, jonka haluat viedä asialistalle.</source>
        <translation>First choose the item you want to bring to the agenda.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/agenda_ops.py" line="64"/>
        <location filename="../../desktop_app/ui/workspace/item_ops.py" line="102"/>
        <source>Kohtaa ei ole vielä tallennettu; kirjoita ensin teksti.</source>
        <translation>The item is not saved yet; type its text first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/agenda_ops.py" line="75"/>
        <source>Yhtään avointa kuntajohtajakokousta ei ole suunniteltu. Suunnittele ensin vuoden kokoukset.</source>
        <translation>No open managers&apos; meeting is planned. Plan the year&apos;s meetings first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/agenda_ops.py" line="96"/>
        <source>Vie kohta asialistalle</source>
        <translation>Bring the item to the agenda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/agenda_ops.py" line="98"/>
        <source>Asia poistettu asialistalta.</source>
        <translation>Matter removed from the agenda.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/agenda_ops.py" line="101"/>
        <source>Kohta viety asialistalle: %1. %2 kumoaa.</source>
        <translation>Item brought to the agenda: %1. %2 undoes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/agenda_ops.py" line="110"/>
        <source>Kohta ei ole minkään kuntajohtajakokouksen asialistalla. %1 vie sen asialistalle.</source>
        <translation>The item is on no managers&apos; meeting agenda. %1 brings it to one.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/item_ops.py" line="110"/>
        <source>Kohta on jo ensimmäisenä.</source>
        <translation>The item is already first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/item_ops.py" line="111"/>
        <source>Kohta on jo viimeisenä.</source>
        <translation>The item is already last.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/item_ops.py" line="113"/>
        <source>Siirrä kohta</source>
        <translation>Move item</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/item_ops.py" line="116"/>
        <source>Kohta siirretty.</source>
        <translation>Item moved.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/item_ops.py" line="117"/>
        <source>Siirto kumottu.</source>
        <translation>Move undone.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/item_ops.py" line="127"/>
        <source>Tallentamaton luonnos tyhjennetty.</source>
        <translation>Unsaved draft cleared.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/item_ops.py" line="129"/>
        <source>Ei poistettavaa: kohta on tyhjä.</source>
        <translation>Nothing to delete: the item is empty.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/item_ops.py" line="134"/>
        <source>Poista kohta</source>
        <translation>Delete item</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/item_ops.py" line="137"/>
        <source>Kohta poistettu. %1 palauttaa sen.</source>
        <translation>Item deleted. %1 brings it back.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/item_ops.py" line="139"/>
        <source>Kohta palautettu.</source>
        <translation>Item restored.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/item_ops.py" line="178"/>
        <source>Valitse ensin kohta aiemmilta kierroksilta (oikealla).</source>
        <translation>First select an item from earlier rounds (on the right).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/item_ops.py" line="192"/>
        <source>Kohta kopioitu aiemmalta kierrokselta; muokkaa sitä vapaasti.</source>
        <translation>Item copied from an earlier round; edit it freely.</translation>
    </message>
</context>
<context>
    <name>WorkspaceView</name>
    <message>
        <location filename="../../desktop_app/ui/workspace/view.py" line="67"/>
        <source>Neuvottelun osiot ja sektorit</source>
        <translation>Meeting sections and sectors</translation>
    </message>
</context>
</TS>
