<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI" sourcelanguage="fi_FI">
<context>
    <name>FollowUpsView</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/followups_view.py" line="129"/>
        <source>%n jatkotoimenpide(ttä)</source>
        <translation>
            <numerusform>%n jatkotoimenpide</numerusform>
            <numerusform>%n jatkotoimenpidettä</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_window.py" line="432"/>
        <source>%n tekstiä ei tallennettu</source>
        <translation>
            <numerusform>%n teksti ei tallennettu</numerusform>
            <numerusform>%n tekstiä ei tallennettu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManagersNavigationView</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/managers/navigation.py" line="186"/>
        <source>Vuoden %1 kuntajohtajakokoukset suunniteltu: %n kokous(ta).</source>
        <translation>
            <numerusform>Vuoden %1 kuntajohtajakokoukset suunniteltu: %n kokous.</numerusform>
            <numerusform>Vuoden %1 kuntajohtajakokoukset suunniteltu: %n kokousta.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManagersWorkspaceController</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/managers/controller.py" line="177"/>
        <source>%n asia(a)</source>
        <translation>
            <numerusform>%n asia</numerusform>
            <numerusform>%n asiaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/managers/controller.py" line="178"/>
        <source>%n henkilö(ä)</source>
        <translation>
            <numerusform>%n henkilö</numerusform>
            <numerusform>%n henkilöä</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/search_view.py" line="168"/>
        <location filename="../../desktop_app/ui/search_view.py" line="215"/>
        <source>%n osuma(a)</source>
        <translation>
            <numerusform>%n osuma</numerusform>
            <numerusform>%n osumaa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectionListModel</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/models/meeting_models.py" line="87"/>
        <source>%1, %n kohta(a)</source>
        <translation>
            <numerusform>%1, %n kohta</numerusform>
            <numerusform>%1, %n kohtaa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkspaceController</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/workspace/controller.py" line="236"/>
        <source>%n kohta(a)</source>
        <translation>
            <numerusform>%n kohta</numerusform>
            <numerusform>%n kohtaa</numerusform>
        </translation>
    </message>
</context>
</TS>
