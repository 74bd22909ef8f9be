<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fi_FI">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="43"/>
        <source>&amp;Suunnittele kierros…</source>
        <translation>&amp;Plan a round…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="44"/>
        <source>&amp;Lopeta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="45"/>
        <source>Vaihda &amp;tekijän nimi…</source>
        <translation>Change &amp;author name…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="46"/>
        <source>&amp;Uusi kohta</source>
        <translation>&amp;New item</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="47"/>
        <source>&amp;Poista kohta</source>
        <translation>&amp;Delete item</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="48"/>
        <source>Siirrä kohta &amp;ylös</source>
        <translation>Move item &amp;up</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="49"/>
        <source>Siirrä kohta &amp;alas</source>
        <translation>Move item do&amp;wn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="51"/>
        <source>&amp;Kopioi aiemmalta kierrokselta</source>
        <translation>&amp;Copy from an earlier round</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="53"/>
        <source>&amp;Hae…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="54"/>
        <source>&amp;Kierrokset ja neuvottelut</source>
        <translation>&amp;Rounds and meetings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="55"/>
        <source>Avoin &amp;neuvottelu</source>
        <translation>Open &amp;meeting</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="56"/>
        <source>&amp;Jatkotoimenpiteet</source>
        <translation>&amp;Follow-ups</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="57"/>
        <source>&amp;Takaisin</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="58"/>
        <source>&amp;Merkitse jatkotoimenpide tehdyksi</source>
        <translation>&amp;Mark follow-up done</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="60"/>
        <source>&amp;Seuraava osio</source>
        <translation>&amp;Next section</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="62"/>
        <source>&amp;Edellinen osio</source>
        <translation>&amp;Previous section</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="64"/>
        <source>&amp;Osallistujat</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="66"/>
        <source>&amp;Edunajamiskohteet</source>
        <translation>&amp;Advocacy targets</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="68"/>
        <source>Seuraava &amp;kommentoimaton sektori</source>
        <translation>Next sector &amp;without comments</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="70"/>
        <source>&amp;Aluekehitys</source>
        <translation>&amp;Regional development</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="72"/>
        <source>Siirry osioluetteloon</source>
        <translation>Go to the section list</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="73"/>
        <source>&amp;Aloita neuvottelu</source>
        <translation>&amp;Start meeting</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="75"/>
        <source>&amp;Sulje neuvottelu…</source>
        <translation>&amp;Close meeting…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="76"/>
        <source>Avaa neuvottelu &amp;uudelleen</source>
        <translation>&amp;Reopen meeting</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="78"/>
        <source>&amp;Toimintasektorit…</source>
        <translation>&amp;Sectors…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="79"/>
        <source>&amp;Pikanäppäimet</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="80"/>
        <source>&amp;Tietoja</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="83"/>
        <source>&amp;Kumoa</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="85"/>
        <source>&amp;Tee uudelleen</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="95"/>
        <source>&amp;Tiedosto</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="96"/>
        <source>&amp;Muokkaa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="97"/>
        <source>&amp;Näytä</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="98"/>
        <source>N&amp;euvottelu</source>
        <translation>&amp;Meeting</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="99"/>
        <source>Ty&amp;ökalut</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="100"/>
        <source>&amp;Ohje</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="104"/>
        <source>&amp;Kieli</source>
        <translation>&amp;Language</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <location filename="../../desktop_app/ui/busy.py" line="49"/>
        <source>Taustatyö käynnissä</source>
        <translation>Background work running</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/busy.py" line="50"/>
        <source>Keskeytä</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/busy.py" line="51"/>
        <source>Keskeytä taustatyö</source>
        <translation>Cancel background work</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../desktop_app/ui/sync_conflicts.py" line="55"/>
        <source>Synkronoinnin ristiriidat</source>
        <translation>Synchronisation conflicts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_conflicts.py" line="59"/>
        <source>Ratkaisemattomat ristiriidat</source>
        <translation>Unresolved conflicts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_conflicts.py" line="62"/>
        <source>Versiot rinnakkain</source>
        <translation>Versions side by side</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_conflicts.py" line="64"/>
        <location filename="../../desktop_app/ui/sync_conflicts.py" line="171"/>
        <location filename="../../desktop_app/ui/sync_conflicts.py" line="175"/>
        <source>Kenttä</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_conflicts.py" line="64"/>
        <location filename="../../desktop_app/ui/sync_conflicts.py" line="175"/>
        <source>Oma versio</source>
        <translation>My version</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_conflicts.py" line="64"/>
        <location filename="../../desktop_app/ui/sync_conflicts.py" line="175"/>
        <source>Keskitietokannan versio</source>
        <translation>Central database version</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_conflicts.py" line="65"/>
        <location filename="../../desktop_app/ui/sync_conflicts.py" line="176"/>
        <source>Yhdistelmä (muokattava)</source>
        <translation>Merge (editable)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_conflicts.py" line="75"/>
        <location filename="../../desktop_app/ui/sync_conflicts.py" line="165"/>
        <source>Pidä oma versio</source>
        <translation>Keep my version</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_conflicts.py" line="76"/>
        <location filename="../../desktop_app/ui/sync_conflicts.py" line="166"/>
        <source>Pidä keskitietokannan versio</source>
        <translation>Keep the central version</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_conflicts.py" line="77"/>
        <source>Tallenna yhdistelmä</source>
        <translation>Save the merge</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_conflicts.py" line="103"/>
        <source>poistetun kohteen alla ({0})</source>
        <translation>under a deleted item ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_conflicts.py" line="118"/>
        <source>Ei ratkaisemattomia ristiriitoja.</source>
        <translation>No unresolved conflicts.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_conflicts.py" line="133"/>
        <source>{0} on muuttunut sekä tällä koneella että keskitietokannassa. Erot on korostettu. Valitse säilytettävä versio tai muokkaa yhdistelmää.</source>
        <translation>{0} has changed both on this computer and in the central database. The differences are highlighted. Choose the version to keep or edit the merge.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_conflicts.py" line="162"/>
        <source>Palauta poistettu: {0}</source>
        <translation>Restore the deleted {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_conflicts.py" line="163"/>
        <source>Poista myös tämä</source>
        <translation>Delete this too</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_conflicts.py" line="171"/>
        <source>Tämä rivi</source>
        <translation>This row</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_conflicts.py" line="172"/>
        <source>Poistettu kohde ({0})</source>
        <translation>Deleted item ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_conflicts.py" line="180"/>
        <source>{0} on lisätty tai sitä on muutettu kohteen ({1}) alle, jonka toinen käyttäjä on poistanut. Palauta poistettu kohde, tai poista tämäkin.</source>
        <translation>{0} was added or changed under an item ({1}) that another user has deleted. Restore the deleted item, or delete this too.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_conflicts.py" line="233"/>
        <source>Ristiriidan ratkaisu</source>
        <translation>Resolve conflict</translation>
    </message>
</context>
<context>
    <name>ConflictLabels</name>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="32"/>
        <source>poistettu</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="32"/>
        <source>voimassa</source>
        <translation>in use</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="38"/>
        <source>Tehtävänimike</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="40"/>
        <source>Teksti</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="41"/>
        <source>Paikka</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="42"/>
        <source>Muistiinpanot</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="43"/>
        <source>Päivämäärä</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="44"/>
        <source>Kellonaika</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="45"/>
        <source>Tila</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="46"/>
        <source>Prioriteetti</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="47"/>
        <source>Laji</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="48"/>
        <source>Näkökulma</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="49"/>
        <source>Järjestys</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="50"/>
        <location filename="../../desktop_app/ui/sync_labels.py" line="77"/>
        <source>Toimintasektori</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="51"/>
        <location filename="../../desktop_app/ui/sync_labels.py" line="79"/>
        <source>Neuvottelu</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="52"/>
        <location filename="../../desktop_app/ui/sync_labels.py" line="78"/>
        <source>Kierros</source>
        <translation>Round</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="53"/>
        <location filename="../../desktop_app/ui/sync_labels.py" line="81"/>
        <source>Palaute</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="54"/>
        <source>Kunta</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="55"/>
        <location filename="../../desktop_app/ui/sync_labels.py" line="63"/>
        <source>Nimi</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="56"/>
        <source>Organisaatio</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="57"/>
        <source>Otsikko</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="58"/>
        <source>Puoli</source>
        <translation>Side</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="59"/>
        <source>Toimenpide</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="60"/>
        <source>Vastuuhenkilö</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="61"/>
        <source>Määräpäivä</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="62"/>
        <source>Koodi</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="64"/>
        <source>Nimi (en)</source>
        <translation>Name (en)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="65"/>
        <source>Poistettu käytöstä</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="66"/>
        <source>Vuosi</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="67"/>
        <source>TTS-alku</source>
        <translation>Plan period start</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="68"/>
        <source>TTS-loppu</source>
        <translation>Plan period end</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="69"/>
        <source>Poistettu</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="80"/>
        <source>Osallistuja</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_labels.py" line="82"/>
        <source>Jatkotoimenpide</source>
        <translation>Follow-up</translation>
    </message>
</context>
<context>
    <name>ContinuityPanel</name>
    <message>
        <location filename="../../desktop_app/ui/workspace/panels.py" line="46"/>
        <source>Aiemmilla kierroksilla</source>
        <translation>In earlier rounds</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/panels.py" line="48"/>
        <source>Ei aiempia kohtia tästä aiheesta.</source>
        <translation>No earlier items on this topic.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/panels.py" line="52"/>
        <source>Aiempien kierrosten kohdat</source>
        <translation>Items from earlier rounds</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/panels.py" line="63"/>
        <source>Kopioi tähän</source>
        <translation>Copy here</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/panels.py" line="64"/>
        <source>Kopioi valittu kohta tähän neuvotteluun (Ctrl+Shift+C)</source>
        <translation>Copy the selected item into this meeting (Ctrl+Shift+C)</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="28"/>
        <source>Näistä sektoreista ei ole kirjattu kommentteja:</source>
        <translation>These sectors have no comments:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="29"/>
        <source>Suljetaanko neuvottelu silti?</source>
        <translation>Close the meeting anyway?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="31"/>
        <source>Kaikista sektoreista on kirjattu kommentteja. Suljetaanko neuvottelu?</source>
        <translation>Every sector has comments. Close the meeting?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="33"/>
        <source>Sulje neuvottelu</source>
        <translation>Close meeting</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="42"/>
        <source>Suunnittele uusi kierros</source>
        <translation>Plan a new round</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="46"/>
        <source>Vuosi</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="50"/>
        <source>TTS-kauden alkuvuosi</source>
        <translation>First year of the planning period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="54"/>
        <source>TTS-kauden loppuvuosi</source>
        <translation>Last year of the planning period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="57"/>
        <source>Otsikko (valinnainen)</source>
        <translation>Title (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="59"/>
        <source>&amp;Vuosi</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="60"/>
        <source>TTS-kausi &amp;alkaa</source>
        <translation>Planning period &amp;starts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="61"/>
        <source>TTS-kausi &amp;päättyy</source>
        <translation>Planning period &amp;ends</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="62"/>
        <source>&amp;Otsikko</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="74"/>
        <source>Kuka kirjaa?</source>
        <translation>Who is recording?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="75"/>
        <source>Nimesi tai nimikirjaimesi. Ne tallentuvat jokaisen muutoksen tekijäksi.</source>
        <translation>Your name or initials. They are recorded as the author of every change.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="84"/>
        <source>Tervetuloa</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="85"/>
        <source>Tietokanta on tyhjä. Lisätäänkö esimerkkiaineisto (kaksi kierrosta) tutustumista varten? Voit myös aloittaa suoraan suunnittelemalla kierroksen.</source>
        <translation>The database is empty. Add demo data (two rounds) to try the app? You can also start right away by planning a round.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="95"/>
        <source>Tietokantaa ei voitu avata</source>
        <translation>The database could not be opened</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="97"/>
        <source>Ehjää varmuuskopiota ei löytynyt. Tiedostoon ei ole koskettu.</source>
        <translation>No intact backup was found. The file has not been touched.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="101"/>
        <source>Viimeisin ehjä varmuuskopio: %1 (%2). Palautetaanko se? Vioittunut tiedosto siirretään talteen, sitä ei korvata.</source>
        <translation>Latest intact backup: %1 (%2). Restore it? The damaged file is moved aside, never overwritten.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="111"/>
        <source>Kuntapalaute</source>
        <translation>Kuntapalaute</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="39"/>
        <source>&amp;Vie tiedot…</source>
        <translation>E&amp;xport data…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="40"/>
        <source>Vie siirtopaketti (JSON), Excel-työkirja tai CSV</source>
        <translation>Export a transfer bundle (JSON), an Excel workbook or CSV</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="42"/>
        <source>&amp;Tuo siirtopaketti…</source>
        <translation>&amp;Import transfer bundle…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="43"/>
        <source>Tuo toisen koneen tai keskusjärjestelmän siirtopaketti</source>
        <translation>Import a transfer bundle from another computer or the central system</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="53"/>
        <source>Kaikki tiedot</source>
        <translation>All data</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="57"/>
        <source>Kierros %1</source>
        <translation>Round %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="62"/>
        <source>Neuvottelu: %1 %2</source>
        <translation>Meeting: %1 %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="72"/>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="80"/>
        <source>Vie tiedot</source>
        <translation>Export data</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="73"/>
        <source>Mitä viedään?</source>
        <translation>What to export?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="77"/>
        <source>Siirtopaketti (*.json)</source>
        <translation>Transfer bundle (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="77"/>
        <source>Excel-työkirja (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="78"/>
        <source>CSV, palautekoonti (*.csv)</source>
        <translation>CSV, feedback summary (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="100"/>
        <source>Viedään tietoja…</source>
        <translation>Exporting data…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="107"/>
        <source>Siirtopaketti tallennettiin: %1
%2 tietuetta. Tarkistussumma %3…</source>
        <translation>Transfer bundle saved: %1
%2 records. Checksum %3…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="110"/>
        <source>Taulukko tallennettiin: %1
%2 riviä.</source>
        <translation>Spreadsheet saved: %1
%2 rows.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="112"/>
        <source>Vienti valmis</source>
        <translation>Export complete</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="117"/>
        <source>Tuo siirtopaketti</source>
        <translation>Import transfer bundle</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="118"/>
        <source>Siirtopaketti (*.json);;Kaikki tiedostot (*)</source>
        <translation>Transfer bundle (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="123"/>
        <source>Tarkistetaan siirtopakettia…</source>
        <translation>Checking the transfer bundle…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="129"/>
        <source>Ei muutoksia</source>
        <translation>No changes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="130"/>
        <source>Paketissa ei ole mitään uutta tähän tietokantaan.</source>
        <translation>The bundle has nothing new for this database.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="132"/>
        <source>Paketista %1 lisätään %2 ja päivitetään %3 tietuetta; %4 ohitetaan. Jatketaanko?</source>
        <translation>From bundle %1, %2 records will be added and %3 updated; %4 are skipped. Continue?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="136"/>
        <source>Tuodaanko siirtopaketti?</source>
        <translation>Import the transfer bundle?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="140"/>
        <source>Tuonti peruttiin.</source>
        <translation>Import was cancelled.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="143"/>
        <source>Tuodaan siirtopakettia…</source>
        <translation>Importing the transfer bundle…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="148"/>
        <source>Tuonti valmis</source>
        <translation>Import complete</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="157"/>
        <source>Peruuta</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="158"/>
        <source>Tiedonsiirto</source>
        <translation>Data transfer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="202"/>
        <source>Siirtopakettia %1 ei tuotu, eikä tietokantaan tehty muutoksia.</source>
        <translation>Transfer bundle %1 was not imported, and the database was not changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="205"/>
        <source>…ja %1 muuta.</source>
        <translation>…and %1 more.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="209"/>
        <source>Odottamaton virhe: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="210"/>
        <source>Tiedonsiirto epäonnistui</source>
        <translation>Data transfer failed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange_actions.py" line="214"/>
        <source>Tiedonsiirto peruttiin; mitään ei tallennettu.</source>
        <translation>Data transfer was cancelled; nothing was saved.</translation>
    </message>
</context>
<context>
    <name>FollowUpTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/list_models.py" line="118"/>
        <source>Määräpäivä</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/list_models.py" line="119"/>
        <source>Vastuuhenkilö</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/list_models.py" line="120"/>
        <source>Tila</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/list_models.py" line="121"/>
        <source>Kunta</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/list_models.py" line="122"/>
        <source>Vuosi</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/list_models.py" line="123"/>
        <source>Sektori</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/list_models.py" line="124"/>
        <source>Palaute</source>
        <translation>Feedback</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <location filename="../../desktop_app/ui/followups_view.py" line="36"/>
        <source>Jatkotoimenpiteet</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followups_view.py" line="39"/>
        <source>Rajaa vastuuhenkilö</source>
        <translation>Filter by owner</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followups_view.py" line="41"/>
        <source>Rajaa tila</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followups_view.py" line="42"/>
        <source>Avoimet</source>
        <translation>Open ones</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followups_view.py" line="43"/>
        <source>Kaikki tilat</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followups_view.py" line="47"/>
        <source>Rajaa määräpäivä</source>
        <translation>Filter by due date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followups_view.py" line="48"/>
        <source>Kaikki määräpäivät</source>
        <translation>Any due date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followups_view.py" line="49"/>
        <source>Myöhässä</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followups_view.py" line="50"/>
        <source>Seuraavat 30 päivää</source>
        <translation>Next 30 days</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followups_view.py" line="52"/>
        <source>Jatkotoimenpiteiden luettelo</source>
        <translation>List of follow-ups</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followups_view.py" line="55"/>
        <source>Merkitse tehdyksi</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followups_view.py" line="56"/>
        <source>Merkitse valittu jatkotoimenpide tehdyksi (Ctrl+D)</source>
        <translation>Mark the selected follow-up done (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followups_view.py" line="79"/>
        <source>Kaikki vastuuhenkilöt</source>
        <translation>All owners</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followups_view.py" line="101"/>
        <source>%1 jatkotoimenpidettä</source>
        <translation>%1 follow-ups</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/followups_view.py" line="122"/>
        <source>Merkitty tehdyksi.</source>
        <translation>Marked done.</translation>
    </message>
</context>
<context>
    <name>HistoryListModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/meeting_models.py" line="191"/>
        <source>Jatkotoimenpide: %1 (%2)</source>
        <translation>Follow-up: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop_app/ui/models/labels.py" line="19"/>
        <source>Suunniteltu</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/labels.py" line="20"/>
        <source>Käynnissä</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/labels.py" line="21"/>
        <source>Suljettu</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/labels.py" line="22"/>
        <source>Hyväksytty</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/labels.py" line="28"/>
        <source>Kommentti</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/labels.py" line="29"/>
        <source>Edunajamiskohde</source>
        <translation>Advocacy target</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/labels.py" line="30"/>
        <source>Aluekehitysnäkemys</source>
        <translation>Development view</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/labels.py" line="31"/>
        <source>Kysymys</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/labels.py" line="37"/>
        <source>Kunnan näkökulma</source>
        <translation>Municipality&apos;s view</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/labels.py" line="38"/>
        <source>Koko Kainuun näkökulma</source>
        <translation>Kainuu-wide view</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/labels.py" line="44"/>
        <source>Korkea</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/labels.py" line="45"/>
        <source>Normaali</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/labels.py" line="46"/>
        <source>Matala</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/labels.py" line="52"/>
        <source>Avoin</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/labels.py" line="53"/>
        <source>Työn alla</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/labels.py" line="54"/>
        <source>Tehty</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/labels.py" line="55"/>
        <source>Peruttu</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/labels.py" line="61"/>
        <source>Kainuun liitto</source>
        <translation>Regional Council of Kainuu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/labels.py" line="62"/>
        <source>Kunta</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/labels.py" line="67"/>
        <source>%1/%2 sektoria</source>
        <translation>%1/%2 sectors</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="62"/>
        <source>Ei tallentamattomia muutoksia</source>
        <translation>No unsaved changes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="64"/>
        <source>Tallennuksen tila</source>
        <translation>Save status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="246"/>
        <source>Neuvottelun tila päivitetty.</source>
        <translation>Meeting status updated.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="273"/>
        <source>Muutokset kirjataan nyt nimellä %1.</source>
        <translation>Changes are now recorded as %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="277"/>
        <source>Kieli vaihtuu, kun sovellus käynnistetään uudelleen.</source>
        <translation>The language changes when the app is restarted.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="288"/>
        <source>Avaa valittu neuvottelu tai hakutulos</source>
        <translation>Open the selected meeting or search hit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="289"/>
        <source>Siirry kentästä toiseen</source>
        <translation>Move between fields</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="290"/>
        <source>Lisää osallistuja</source>
        <translation>Add a participant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="291"/>
        <source>Poista valittu osallistuja</source>
        <translation>Remove the selected participant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="292"/>
        <source>Valikot</source>
        <translation>Menus</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="298"/>
        <source>%1 %2
Kainuun liiton kuntaneuvottelujen kirjaus.</source>
        <translation>%1 %2
Recording the Regional Council of Kainuu&apos;s municipal negotiations.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="304"/>
        <source>Tallennettu klo %1</source>
        <translation>Saved at %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="308"/>
        <source>Tallennus epäonnistui – yritetään uudelleen</source>
        <translation>Saving failed – retrying</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="321"/>
        <source>Kaikkia muutoksia ei saatu tallennettua (%1). Suljetaanko silti? Tallentamaton teksti menetetään.</source>
        <translation>Not every change could be saved (%1). Close anyway? Unsaved text will be lost.</translation>
    </message>
</context>
<context>
    <name>MeetingHeader</name>
    <message>
        <location filename="../../desktop_app/ui/workspace/header.py" line="25"/>
        <source>Neuvottelun tila</source>
        <translation>Meeting status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/header.py" line="27"/>
        <source>pp.kk.vvvv</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/header.py" line="28"/>
        <source>Päivämäärä</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/header.py" line="31"/>
        <source>hh.mm</source>
        <translation>hh.mm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/header.py" line="32"/>
        <source>Kellonaika</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/header.py" line="35"/>
        <location filename="../../desktop_app/ui/workspace/header.py" line="36"/>
        <source>Paikka</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/header.py" line="47"/>
        <source>&amp;Päivä</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/header.py" line="47"/>
        <source>&amp;Klo</source>
        <translation>&amp;Time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/header.py" line="48"/>
        <source>Pai&amp;kka</source>
        <translation>P&amp;lace</translation>
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
        <translation>State</translation>
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
        <location filename="../../desktop_app/ui/navigation.py" line="41"/>
        <source>Kuntaneuvottelukierrokset</source>
        <translation>Negotiation rounds</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/navigation.py" line="44"/>
        <source>Kierrokset</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/navigation.py" line="47"/>
        <source>Suunnittele kierros…</source>
        <translation>Plan a round…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/navigation.py" line="48"/>
        <source>Suunnittele uusi kierros (Ctrl+N)</source>
        <translation>Plan a new round (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/navigation.py" line="58"/>
        <source>Kierroksen neuvottelut</source>
        <translation>Meetings of the round</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/navigation.py" line="64"/>
        <source>Avaa neuvottelu</source>
        <translation>Open meeting</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/navigation.py" line="65"/>
        <source>Avaa valittu neuvottelu (Enter)</source>
        <translation>Open the selected meeting (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/navigation.py" line="67"/>
        <source>Valitse kunta ja paina Enter. Ctrl+F hakee kaikista kierroksista.</source>
        <translation>Choose a municipality and press Enter. Ctrl+F searches all rounds.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/navigation.py" line="108"/>
        <source>Ei vielä kierroksia – aloita suunnittelemalla kierros (Ctrl+N).</source>
        <translation>No rounds yet – start by planning one (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/navigation.py" line="156"/>
        <source>Kierros %1 suunniteltu: neuvottelu jokaiselle jäsenkunnalle.</source>
        <translation>Round %1 planned: a meeting for every member municipality.</translation>
    </message>
</context>
<context>
    <name>ParticipantColumn</name>
    <message>
        <location filename="../../desktop_app/ui/workspace/panels.py" line="84"/>
        <source>Nimi, tehtävänimike – Enter lisää</source>
        <translation>Name, title – Enter adds</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/panels.py" line="85"/>
        <source>Lisää osallistuja: %1</source>
        <translation>Add participant: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/panels.py" line="87"/>
        <source>Osallistujat: %1</source>
        <translation>Participants: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/panels.py" line="89"/>
        <source>Poista valittu</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/panels.py" line="90"/>
        <source>Poista valittu osallistuja: %1</source>
        <translation>Remove the selected participant: %1</translation>
    </message>
</context>
<context>
    <name>ParticipantEditor</name>
    <message>
        <location filename="../../desktop_app/ui/workspace/panels.py" line="108"/>
        <source>Valitun osallistujan tiedot</source>
        <translation>Selected participant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/panels.py" line="110"/>
        <source>Osallistujan nimi</source>
        <translation>Participant&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/panels.py" line="112"/>
        <source>Osallistujan tehtävänimike</source>
        <translation>Participant&apos;s job title</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/panels.py" line="114"/>
        <source>Osallistujan organisaatio</source>
        <translation>Participant&apos;s organisation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/panels.py" line="116"/>
        <source>Osallistujan puoli</source>
        <translation>Participant&apos;s side</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/panels.py" line="122"/>
        <source>N&amp;imi</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/panels.py" line="122"/>
        <source>Te&amp;htävänimike</source>
        <translation>Job t&amp;itle</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/panels.py" line="123"/>
        <source>O&amp;rganisaatio</source>
        <translation>O&amp;rganisation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/panels.py" line="123"/>
        <source>P&amp;uoli</source>
        <translation>&amp;Side</translation>
    </message>
</context>
<context>
    <name>ParticipantsController</name>
    <message>
        <location filename="../../desktop_app/ui/workspace/participants.py" line="175"/>
        <source>Poista osallistuja %1</source>
        <translation>Remove participant %1</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <location filename="../../desktop_app/ui/workspace/panels.py" line="151"/>
        <source>Osallistujat</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/panels.py" line="153"/>
        <source>Kirjoita nimi ja tehtävä pilkulla erotettuna ja paina Enter. Valitun tiedot voi muuttaa alla (tallentuu itsestään). Delete poistaa valitun, Ctrl+Z palauttaa.</source>
        <translation>Type the name and job title separated by a comma and press Enter. Edit the selected person&apos;s details below (saved automatically). Delete removes the selected person, Ctrl+Z brings them back.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/panels.py" line="158"/>
        <source>Kainuun liitto</source>
        <translation>Regional Council of Kainuu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/panels.py" line="159"/>
        <source>Kunta</source>
        <translation>Municipality</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../desktop_app/ui/pdf_preview.py" line="80"/>
        <source>PDF-esikatselu</source>
        <translation>PDF preview</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_preview.py" line="86"/>
        <source>Tulosta…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_preview.py" line="87"/>
        <source>Tallenna nimellä…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_preview.py" line="88"/>
        <source>Sulje</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_preview.py" line="112"/>
        <source>Tulosta</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_preview.py" line="118"/>
        <source>Tulostus epäonnistui</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_preview.py" line="123"/>
        <source>Tallenna PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_preview.py" line="124"/>
        <source>PDF-tiedostot (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_preview.py" line="133"/>
        <source>Tallennus epäonnistui</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_preview.py" line="134"/>
        <source>Tiedostoa ei voitu tallentaa: {0}</source>
        <translation>The file could not be saved: {0}</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="40"/>
        <source>Esikatsele neuvottelumuistio…</source>
        <translation>Preview meeting handout…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="41"/>
        <source>Tulosta neuvottelumuistio…</source>
        <translation>Print meeting handout…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="42"/>
        <source>Tallenna neuvottelumuistio PDF:ksi…</source>
        <translation>Save meeting handout as PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="48"/>
        <source>Kierroksen yhteenveto (PDF)…</source>
        <translation>Round summary (PDF)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="49"/>
        <source>Avoimet jatkotoimenpiteet (PDF)…</source>
        <translation>Open follow-ups (PDF)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="73"/>
        <source>Luodaan PDF-tiedostoa…</source>
        <translation>Creating the PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="76"/>
        <source>PDF:n luonti peruttiin.</source>
        <translation>Creating the PDF was cancelled.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="79"/>
        <source>PDF:n luonti epäonnistui.</source>
        <translation>Creating the PDF failed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="80"/>
        <source>PDF:n luonti epäonnistui</source>
        <translation>Creating the PDF failed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="85"/>
        <source>Valitse ensin neuvottelu.</source>
        <translation>Choose a meeting first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="95"/>
        <source>Neuvottelumuistio: {0}</source>
        <translation>Meeting handout: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="105"/>
        <source>Kierroksia ei ole vielä.</source>
        <translation>There are no rounds yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="115"/>
        <source>Yhteenveto: {0}</source>
        <translation>Summary: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="129"/>
        <source>Avoimet jatkotoimenpiteet</source>
        <translation>Open follow-ups</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="137"/>
        <source>PDF valmis.</source>
        <translation>PDF ready.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="160"/>
        <source>Tallenna PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="161"/>
        <source>PDF-tiedostot (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="163"/>
        <source>Tallennus peruttiin.</source>
        <translation>Saving was cancelled.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/report_actions.py" line="173"/>
        <source>Tallennettu: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/list_models.py" line="86"/>
        <source>Vuosi</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/list_models.py" line="87"/>
        <source>Kunta</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/list_models.py" line="88"/>
        <source>Sektori</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/list_models.py" line="89"/>
        <source>Laji</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/list_models.py" line="90"/>
        <source>Osuma</source>
        <translation>Match</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../../desktop_app/ui/search_view.py" line="36"/>
        <source>Haku</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_view.py" line="39"/>
        <source>Hakusanat</source>
        <translation>Search words</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_view.py" line="40"/>
        <source>Hae kaikkien kierrosten palautteista…</source>
        <translation>Search the feedback of all rounds…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_view.py" line="42"/>
        <source>Rajaa kierros</source>
        <translation>Filter by round</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_view.py" line="43"/>
        <source>Rajaa kunta</source>
        <translation>Filter by municipality</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_view.py" line="44"/>
        <source>Rajaa sektori</source>
        <translation>Filter by sector</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_view.py" line="45"/>
        <source>Rajaa laji</source>
        <translation>Filter by kind</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_view.py" line="47"/>
        <source>Hakutulokset</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_view.py" line="85"/>
        <source>Kaikki kierrokset</source>
        <translation>All rounds</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_view.py" line="87"/>
        <source>Kaikki kunnat</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_view.py" line="89"/>
        <source>Kaikki sektorit</source>
        <translation>All sectors</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_view.py" line="91"/>
        <source>Kaikki lajit</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_view.py" line="119"/>
        <source>%1 osumaa</source>
        <translation>%1 hits</translation>
    </message>
</context>
<context>
    <name>SectionEditorView</name>
    <message>
        <location filename="../../desktop_app/ui/workspace/editor_view.py" line="30"/>
        <source>Kirjoita kohta; Ctrl+Enter aloittaa seuraavan. Tallennus on automaattinen.</source>
        <translation>Type the item; Ctrl+Enter starts the next one. Saving is automatic.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/editor_view.py" line="35"/>
        <source>Kohdat</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/editor_view.py" line="44"/>
        <source>Kohdan teksti</source>
        <translation>Item text</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/editor_view.py" line="45"/>
        <source>Kirjoita, mitä kunta sanoo…</source>
        <translation>Type what the municipality says…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/editor_view.py" line="49"/>
        <source>Laji</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/editor_view.py" line="53"/>
        <source>Prioriteetti</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/editor_view.py" line="57"/>
        <source>Jatkotoimenpiteen vastuuhenkilö</source>
        <translation>Follow-up owner</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/editor_view.py" line="58"/>
        <source>Vastuuhenkilö</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/editor_view.py" line="60"/>
        <source>Jatkotoimenpiteen määräpäivä</source>
        <translation>Follow-up due date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/editor_view.py" line="61"/>
        <source>pp.kk.vvvv</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/editor_view.py" line="64"/>
        <source>Jatkotoimenpiteen tila</source>
        <translation>Follow-up status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/editor_view.py" line="65"/>
        <source>Käytössä, kun kohdalla on jatkotoimenpide</source>
        <translation>Available when the item has a follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/editor_view.py" line="73"/>
        <source>Uusi kohta</source>
        <translation>New item</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/editor_view.py" line="74"/>
        <source>Ylös</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/editor_view.py" line="75"/>
        <source>Alas</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/editor_view.py" line="76"/>
        <source>Poista</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/editor_view.py" line="77"/>
        <source>Uusi kohta (Ctrl+Enter)</source>
        <translation>New item (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/editor_view.py" line="78"/>
        <source>Siirrä ylös (Alt+Ylös)</source>
        <translation>Move up (Alt+Up)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/editor_view.py" line="79"/>
        <source>Siirrä alas (Alt+Alas)</source>
        <translation>Move down (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/editor_view.py" line="80"/>
        <source>Poista kohta (Alt+Delete)</source>
        <translation>Delete item (Alt+Delete)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/editor_view.py" line="101"/>
        <source>&amp;Laji</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/editor_view.py" line="104"/>
        <source>P&amp;rioriteetti</source>
        <translation>P&amp;riority</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/editor_view.py" line="108"/>
        <source>&amp;Jatkotoimenpide</source>
        <translation>&amp;Follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/editor_view.py" line="110"/>
        <source>&amp;Määräpäivä</source>
        <translation>D&amp;ue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/editor_view.py" line="112"/>
        <source>T&amp;ila</source>
        <translation>&amp;Status</translation>
    </message>
</context>
<context>
    <name>SectionListModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/meeting_models.py" line="86"/>
        <source>%1, %2 kohtaa</source>
        <translation>%1, %2 items</translation>
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
        <location filename="../../desktop_app/ui/models/list_models.py" line="146"/>
        <source>Koodi</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/list_models.py" line="147"/>
        <source>Nimi</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/list_models.py" line="148"/>
        <source>Nimi englanniksi</source>
        <translation>Name in English</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/list_models.py" line="149"/>
        <source>Tila</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/list_models.py" line="152"/>
        <source>Poistettu käytöstä</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/list_models.py" line="153"/>
        <source>Käytössä</source>
        <translation>In use</translation>
    </message>
</context>
<context>
    <name>SectorsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/sectors_dialog.py" line="29"/>
        <location filename="../../desktop_app/ui/sectors_dialog.py" line="33"/>
        <source>Toimintasektorit</source>
        <translation>Sectors</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sectors_dialog.py" line="38"/>
        <source>&amp;Lisää…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sectors_dialog.py" line="39"/>
        <source>&amp;Nimeä uudelleen…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sectors_dialog.py" line="40"/>
        <source>&amp;Ylös</source>
        <translation>&amp;Up</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sectors_dialog.py" line="41"/>
        <source>&amp;Alas</source>
        <translation>&amp;Down</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sectors_dialog.py" line="42"/>
        <source>&amp;Poista käytöstä / ota käyttöön</source>
        <translation>&amp;Retire / restore</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sectors_dialog.py" line="49"/>
        <source>Käytöstä poistettu sektori säilyttää historiansa, mutta sitä ei näytetä uusissa neuvotteluissa.</source>
        <translation>A retired sector keeps its history but is not shown in new meetings.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sectors_dialog.py" line="91"/>
        <location filename="../../desktop_app/ui/sectors_dialog.py" line="94"/>
        <source>Uusi sektori</source>
        <translation>New sector</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sectors_dialog.py" line="91"/>
        <source>Koodi (esim. MAT):</source>
        <translation>Code (e.g. TOU):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sectors_dialog.py" line="94"/>
        <source>Nimi:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sectors_dialog.py" line="102"/>
        <source>Nimeä sektori</source>
        <translation>Rename sector</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sectors_dialog.py" line="102"/>
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
        <location filename="../../desktop_app/ui/sync_set_aside.py" line="43"/>
        <location filename="../../desktop_app/ui/sync_set_aside.py" line="117"/>
        <source>Hylätyt rivit</source>
        <translation>Refused rows</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_set_aside.py" line="44"/>
        <source>Rivi</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_set_aside.py" line="44"/>
        <source>Kenttä</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_set_aside.py" line="44"/>
        <source>Syy</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_set_aside.py" line="45"/>
        <source>Tila</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_set_aside.py" line="56"/>
        <source>Jätä lähettämättä</source>
        <translation>Do not send</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_set_aside.py" line="57"/>
        <source>Rivi säilyy tällä koneella, mutta sitä ei lähetetä. Jos muokkaat sitä, se lähtee taas.</source>
        <translation>The row stays on this computer but is not sent. If you edit it, it is sent again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_set_aside.py" line="60"/>
        <source>Lähetä uudelleen</source>
        <translation>Send again</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_set_aside.py" line="61"/>
        <source>Lähetä muuttamattomana seuraavassa synkronoinnissa (esimerkiksi kun keskitietokanta on korjattu).</source>
        <translation>Send it unchanged with the next sync (for example, once the central database has been fixed).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_set_aside.py" line="84"/>
        <source>korjattu, lähtee seuraavassa synkronoinnissa</source>
        <translation>fixed, goes up with the next sync</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_set_aside.py" line="85"/>
        <source>jätetty lähettämättä</source>
        <translation>not to be sent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_set_aside.py" line="86"/>
        <source>odottaa korjausta</source>
        <translation>waiting for a fix</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/shortcuts.py" line="26"/>
        <location filename="../../desktop_app/ui/shortcuts.py" line="30"/>
        <source>Pikanäppäimet</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts.py" line="31"/>
        <source>Toiminto</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts.py" line="31"/>
        <source>Näppäimet</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>StartupShell</name>
    <message>
        <location filename="../../desktop_app/ui/shell.py" line="21"/>
        <source>Käynnistyy</source>
        <translation>Starting</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../desktop_app/ui/sync_actions.py" line="62"/>
        <source>Synkronoi keskitietokannan kanssa…</source>
        <translation>Synchronise with the central database…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_actions.py" line="65"/>
        <source>Synkronoinnin ristiriidat…</source>
        <translation>Synchronisation conflicts…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_actions.py" line="67"/>
        <source>Keskitietokannan hylkäämät rivit…</source>
        <translation>Rows refused by the central database…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_actions.py" line="69"/>
        <source>Keskitietokannan osoite ja salasana…</source>
        <translation>Central database address and password…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_actions.py" line="83"/>
        <location filename="../../desktop_app/ui/sync_actions.py" line="95"/>
        <source>Keskitietokanta</source>
        <translation>Central database</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_actions.py" line="84"/>
        <source>Keskitietokannan osoite (PostgreSQL), esim.
postgresql://kayttaja@palvelin/kuntapalaute?sslmode=verify-full</source>
        <translation>Central database address (PostgreSQL), e.g.
postgresql://user@server/kuntapalaute?sslmode=verify-full</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_actions.py" line="89"/>
        <source>Salasana:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_actions.py" line="91"/>
        <source>Salasanaa ei voi tallentaa tälle koneelle, koska käyttöjärjestelmän avainnippua (esimerkiksi Secret Service) ei ole. Se on käytössä vain kunnes sovellus suljetaan.</source>
        <translation>The password cannot be saved on this computer because there is no system keyring (such as Secret Service). It is used only until the application is closed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_actions.py" line="124"/>
        <source>Keskitietokannan osoite tallennettu.</source>
        <translation>Central database address saved.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_actions.py" line="153"/>
        <source>Synkronoidaan…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_actions.py" line="153"/>
        <source>Peruuta</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_actions.py" line="154"/>
        <location filename="../../desktop_app/ui/sync_actions.py" line="197"/>
        <source>Synkronointi</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_actions.py" line="157"/>
        <source>Synkronoinnin edistyminen</source>
        <translation>Synchronisation progress</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_actions.py" line="186"/>
        <source>Synkronoitu: lähetetty {0}, haettu {1}, ristiriitoja {2}.</source>
        <translation>Synchronised: sent {0}, received {1}, conflicts {2}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_actions.py" line="204"/>
        <source>Synkronointi epäonnistui odottamatta. Muutokset ovat tallessa tällä koneella.</source>
        <translation>Synchronisation failed unexpectedly. Your changes are safe on this computer.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_actions.py" line="208"/>
        <source>Voit antaa uuden salasanan kohdasta Työkalut → Keskitietokannan osoite ja salasana.</source>
        <translation>You can enter a new password under Tools → Central database address and password.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_actions.py" line="210"/>
        <source>Synkronointi epäonnistui</source>
        <translation>Synchronisation failed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_actions.py" line="214"/>
        <source>Synkronointi peruttiin. Jo siirretyt muutokset säilyvät.</source>
        <translation>Synchronisation was cancelled. Changes already transferred are kept.</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <location filename="../../desktop_app/ui/sync_status.py" line="23"/>
        <source>Synkronoinnin tila</source>
        <translation>Synchronisation status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_status.py" line="36"/>
        <source>Synkronoimatta: %1</source>
        <translation>Not synchronised: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_status.py" line="38"/>
        <source>ristiriitoja: %1</source>
        <translation>conflicts: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_status.py" line="40"/>
        <source>keskitietokannan hylkäämiä: %1</source>
        <translation>refused by central: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_status.py" line="42"/>
        <source>ei vielä synkronoitu</source>
        <translation>never synchronised</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_status.py" line="45"/>
        <source>viimeksi %1 klo %2</source>
        <translation>last %1 at %2</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../../desktop_app/ui/widgets.py" line="25"/>
        <source>Valitse kaikki rivit</source>
        <translation>Select all rows</translation>
    </message>
</context>
<context>
    <name>WorkspaceController</name>
    <message>
        <location filename="../../desktop_app/ui/workspace/controller.py" line="100"/>
        <source>Osallistujat</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/controller.py" line="100"/>
        <source>Edunajamiskohteet</source>
        <translation>Advocacy targets</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/controller.py" line="101"/>
        <source>Toimintasektorit</source>
        <translation>Sectors</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/controller.py" line="101"/>
        <source>Aluekehitys</source>
        <translation>Regional development</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/controller.py" line="102"/>
        <source>Kunnan näkökulma</source>
        <translation>Municipality&apos;s view</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/controller.py" line="102"/>
        <source>Koko Kainuun näkökulma</source>
        <translation>Kainuu-wide view</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/controller.py" line="255"/>
        <source>Kommentoitu %1/%2 sektoria</source>
        <translation>Comments in %1/%2 sectors</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/controller.py" line="293"/>
        <source>Kohta %1/%2</source>
        <translation>Item %1/%2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/controller.py" line="294"/>
        <source>Uusi kohta</source>
        <translation>New item</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/item_ops.py" line="67"/>
        <source>Siirrä kohta</source>
        <translation>Move item</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/item_ops.py" line="79"/>
        <source>Poista kohta</source>
        <translation>Delete item</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/item_ops.py" line="83"/>
        <source>Kohta poistettu. Ctrl+Z palauttaa sen.</source>
        <translation>Item deleted. Ctrl+Z brings it back.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workspace/item_ops.py" line="124"/>
        <source>Kohta kopioitu aiemmalta kierrokselta; muokkaa sitä vapaasti.</source>
        <translation>Item copied from an earlier round; edit it freely.</translation>
    </message>
</context>
<context>
    <name>WorkspaceView</name>
    <message>
        <location filename="../../desktop_app/ui/workspace/view.py" line="29"/>
        <source>Neuvottelun osiot ja sektorit</source>
        <translation>Meeting sections and sectors</translation>
    </message>
</context>
</TS>
