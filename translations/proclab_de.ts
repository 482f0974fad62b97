<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ChartExportDialog</name>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Where to save the chart; the suffix (.png, .svg or .pdf) chooses the format</source>
        <translation>Wohin das Diagramm gespeichert wird; die Endung (.png, .svg oder .pdf) wählt das Format</translation>
    </message>
    <message>
        <source>Choose the file in a dialog</source>
        <translation>Datei in einem Dialog auswählen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>Width of the chart, in pixels at 96 dpi</source>
        <translation>Breite des Diagramms in Pixeln bei 96 dpi</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Height of the chart, in pixels at 96 dpi</source>
        <translation>Höhe des Diagramms in Pixeln bei 96 dpi</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Auflösung:</translation>
    </message>
    <message>
        <source>Resolution: 96 dpi writes a PNG of exactly the chosen size, 192 dpi one twice as sharp</source>
        <translation>Auflösung: 96 dpi schreibt ein PNG in genau der gewählten Größe, 192 dpi eines doppelt so scharf</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ProcLab</source>
        <translation>ProcLab</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Export &amp;Timeline Chart…</source>
        <translation>&amp;Zeitleiste exportieren…</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Save this tab's timeline chart as PNG, SVG or PDF</source>
        <translation>Die Zeitleiste dieses Tabs als PNG, SVG oder PDF speichern</translation>
    </message>
    <message>
        <source>Export &amp;Speedup Chart…</source>
        <translation>&amp;Beschleunigungsdiagramm exportieren…</translation>
    </message>
    <message>
        <source>Save the Pool tab's speedup chart as PNG, SVG or PDF</source>
        <translation>Das Beschleunigungsdiagramm des Pool-Tabs als PNG, SVG oder PDF speichern</translation>
    </message>
    <message>
        <source>Export Run as &amp;JSON…</source>
        <translation>Lauf als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>Daten exportieren</translation>
    </message>
    <message>
        <source>Save the whole run (processes, spans, results) as JSON</source>
        <translation>Den ganzen Lauf (Prozesse, Abschnitte, Ergebnisse) als JSON speichern</translation>
    </message>
    <message>
        <source>Export Run as &amp;CSV…</source>
        <translation>Lauf als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Save one row per span as CSV, for spreadsheets</source>
        <translation>Eine Zeile pro Abschnitt als CSV speichern, für Tabellenkalkulationen</translation>
    </message>
    <message>
        <source>Export Run as Chrome T&amp;race…</source>
        <translation>Lauf als Chrome-T&amp;race exportieren…</translation>
    </message>
    <message>
        <source>Save the run in Chrome's Trace Event format, to open in Perfetto</source>
        <translation>Den Lauf im Trace-Event-Format von Chrome speichern, zum Öffnen in Perfetto</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Stop every run and close ProcLab</source>
        <translation>Alle Läufe anhalten und ProcLab schließen</translation>
    </message>
    <message>
        <source>Run this tab's scenario with its parameters (F5)</source>
        <translation>Das Szenario dieses Tabs mit seinen Parametern starten (F5)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Kill every process of this tab's run (Shift+F5)</source>
        <translation>Alle Prozesse des Laufs in diesem Tab beenden (Umschalt+F5)</translation>
    </message>
    <message>
        <source>Run Speedup S&amp;weep</source>
        <translation>Beschleunigungs-&amp;Messreihe starten</translation>
    </message>
    <message>
        <source>Run the pool once per worker count and plot the speedup</source>
        <translation>Den Pool einmal pro Arbeiterzahl laufen lassen und die Beschleunigung zeichnen</translation>
    </message>
    <message>
        <source>Reset &amp;Parameters</source>
        <translation>&amp;Parameter zurücksetzen</translation>
    </message>
    <message>
        <source>Set this tab's parameters back to the tutorial's defaults</source>
        <translation>Die Parameter dieses Tabs auf die Vorgaben des Tutorials zurücksetzen</translation>
    </message>
    <message>
        <source>Reset &amp;Zoom</source>
        <translation>&amp;Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Show the whole run on the timeline again</source>
        <translation>Wieder den ganzen Lauf auf der Zeitleiste zeigen</translation>
    </message>
    <message>
        <source>&amp;Next Scenario</source>
        <translation>&amp;Nächstes Szenario</translation>
    </message>
    <message>
        <source>Go to the next scenario tab</source>
        <translation>Zum nächsten Szenario-Tab wechseln</translation>
    </message>
    <message>
        <source>&amp;Previous Scenario</source>
        <translation>&amp;Vorheriges Szenario</translation>
    </message>
    <message>
        <source>Go to the previous scenario tab</source>
        <translation>Zum vorherigen Szenario-Tab wechseln</translation>
    </message>
    <message>
        <source>&amp;About ProcLab</source>
        <translation>&amp;Über ProcLab</translation>
    </message>
    <message>
        <source>What ProcLab is and which version this is</source>
        <translation>Was ProcLab ist und welche Version dies ist</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>The Qt version ProcLab runs on</source>
        <translation>Die Qt-Version, auf der ProcLab läuft</translation>
    </message>
</context>
<context>
    <name>NameOnlyIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Special file</source>
        <translation>Spezialdatei</translation>
    </message>
</context>
<context>
    <name>ScenarioTab</name>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Break it on purpose</source>
        <translation>Absichtlich kaputt machen</translation>
    </message>
    <message>
        <source>Start a run with these parameters (F5)</source>
        <translation>Einen Lauf mit diesen Parametern starten (F5)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Kill every process of the run and keep what was measured (Shift+F5)</source>
        <translation>Alle Prozesse des Laufs beenden und das Gemessene behalten (Umschalt+F5)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>A&amp;nhalten</translation>
    </message>
    <message>
        <source>What the current run is doing</source>
        <translation>Was der aktuelle Lauf gerade tut</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Bereit.</translation>
    </message>
    <message>
        <source>Tutorial vs. this run</source>
        <translation>Tutorial gegen diesen Lauf</translation>
    </message>
    <message>
        <source>&lt;b&gt;Timeline&lt;/b&gt; – one lane per process</source>
        <translation>&lt;b&gt;Zeitleiste&lt;/b&gt; – eine Bahn pro Prozess</translation>
    </message>
    <message>
        <source>Show the whole run again (Ctrl+0)</source>
        <translation>Wieder den ganzen Lauf zeigen (Strg+0)</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Save the timeline chart as PNG, SVG or PDF</source>
        <translation>Die Zeitleiste als PNG, SVG oder PDF speichern</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Diagramm exportieren…</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>Every process of the run: identity, state, exit status and where its time went</source>
        <translation>Jeder Prozess des Laufs: Identität, Zustand, Exit-Status und wofür er seine Zeit brauchte</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>error: cannot write the screenshot to %1: %2</source>
        <translation>Fehler: Das Bildschirmfoto kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>error: --tab must be one of naming, spawning, killing, daemons, barrier, pool, not '%1'</source>
        <translation>Fehler: --tab muss naming, spawning, killing, daemons, barrier oder pool sein, nicht „%1“</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>ProcLab makes operating-system multiprocessing visible: real worker processes, shared-memory barriers and locks, timelines and speedup charts.</source>
        <translation>ProcLab macht Multiprocessing im Betriebssystem sichtbar: echte Arbeitsprozesse, Barrieren und Sperren im gemeinsamen Speicher, Zeitleisten und Beschleunigungsdiagramme.</translation>
    </message>
    <message>
        <source>Open the window, run the tab's defaults, save a picture of the window to FILE and exit.</source>
        <translation>Das Fenster öffnen, die Vorgaben des Tabs laufen lassen, ein Bild des Fensters nach FILE speichern und beenden.</translation>
    </message>
    <message>
        <source>The tab to open: naming, spawning, killing, daemons, barrier or pool.</source>
        <translation>Der zu öffnende Tab: naming, spawning, killing, daemons, barrier oder pool.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>error: no display to open the lab window on. Use --batch or --screenshot, or run it under xvfb-run.</source>
        <translation>Fehler: Kein Bildschirm, um das Laborfenster zu öffnen. --batch oder --screenshot verwenden oder unter xvfb-run starten.</translation>
    </message>
    <message>
        <source>With --screenshot: the window's size, e.g. 1024x700 (default 1280x860).</source>
        <translation>Mit --screenshot: die Größe des Fensters, z. B. 1024x700 (Vorgabe 1280x860).</translation>
    </message>
    <message>
        <source>error: --size must be WIDTHxHEIGHT between 320x240 and 7680x4320, not '%1'</source>
        <translation>Fehler: --size muss BREITExHÖHE zwischen 320x240 und 7680x4320 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>%1: stopping the run and writing what it collected (again: exit at once)</source>
        <translation>%1: Der Lauf wird angehalten und das bisher Gesammelte geschrieben (noch einmal: sofort beenden)</translation>
    </message>
    <message>
        <source>With --screenshot: take the picture MS milliseconds after the run starts, while it goes, instead of after it.</source>
        <translation>Mit --screenshot: das Bild MS Millisekunden nach dem Start des Laufs aufnehmen, während er läuft, statt danach.</translation>
    </message>
    <message>
        <source>error: --detail must be processes, waits, ipc or speedup (where the tab has it), not '%1'</source>
        <translation>Fehler: --detail muss processes, waits, ipc oder speedup sein (wo der Tab es hat), nicht „%1“</translation>
    </message>
    <message>
        <source>With --screenshot: the page below the timeline: processes, waits, ipc or speedup.</source>
        <translation>Mit --screenshot: die Seite unter der Zeitleiste: processes, waits, ipc oder speedup.</translation>
    </message>
</context>
<context>
    <name>proclab::Arena</name>
    <message>
        <source>cannot initialise the shared lock</source>
        <translation>die gemeinsame Sperre kann nicht initialisiert werden</translation>
    </message>
    <message>
        <source>the shared memory %1 does not hold a task queue</source>
        <translation>der gemeinsame Speicher %1 enthält keine Aufgabenwarteschlange</translation>
    </message>
    <message>
        <source>the run key %1 is too long</source>
        <translation>der Laufschlüssel %1 ist zu lang</translation>
    </message>
</context>
<context>
    <name>proclab::BarrierScenario</name>
    <message>
        <source>was killed by signal %1</source>
        <translation>wurde durch Signal %1 beendet</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitlimit überschritten</translation>
    </message>
    <message>
        <source>failed to start</source>
        <translation>Start fehlgeschlagen</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>endete mit Code %1</translation>
    </message>
    <message>
        <source>participant %1 (%2) made no progress for %3 ms while others waited; it was killed and the barrier broken</source>
        <translation>Teilnehmer %1 (%2) kam %3 ms lang nicht voran, während andere warteten; er wurde getötet und die Barriere gebrochen</translation>
    </message>
    <message>
        <source>the barrier made no progress for %1 ms while participants waited; it was broken</source>
        <translation>die Barriere kam %1 ms lang nicht voran, während Teilnehmer warteten; sie wurde gebrochen</translation>
    </message>
    <message>
        <source>participant %1 (%2) did not end after the barrier was broken and was killed</source>
        <translation>Teilnehmer %1 (%2) endete nicht, nachdem die Barriere gebrochen war, und wurde getötet</translation>
    </message>
    <message>
        <source> (it reported: %1)</source>
        <translation> (er meldete: %1)</translation>
    </message>
    <message>
        <source>participant %1 (%2) %3%4; the barrier was broken so that the others could end</source>
        <translation>Teilnehmer %1 (%2) %3%4; die Barriere wurde gebrochen, damit die anderen enden konnten</translation>
    </message>
    <message>
        <source>participant %1 (%2) was stopped (SIGSTOP or a debugger): the run cannot go on; it was killed and the barrier broken so that the others could end</source>
        <translation>Teilnehmer %1 (%2) wurde angehalten (SIGSTOP oder ein Debugger): Der Lauf kann nicht weitergehen; er wurde getötet und die Barriere gebrochen, damit die anderen enden konnten</translation>
    </message>
    <message>
        <source>process %1 (%2) was stopped (SIGSTOP or a debugger): the run could not end while it was; it was killed</source>
        <translation>Prozess %1 (%2) wurde angehalten (SIGSTOP oder ein Debugger): Solange er angehalten war, konnte der Lauf nicht enden; er wurde getötet</translation>
    </message>
    <message>
        <source>made no progress for %1 ms while the others waited: hung</source>
        <translation>kam %1 ms lang nicht voran, während die anderen warteten: hängt</translation>
    </message>
    <message>
        <source>cannot create the barrier and lock (%1 primitives): %2</source>
        <translation>Barriere und Sperre können nicht angelegt werden (Primitive: %1): %2</translation>
    </message>
    <message>
        <source>waited for a lock that no one can give back; killed by the lab</source>
        <translation>wartete auf eine Sperre, die niemand zurückgeben kann; vom Labor getötet</translation>
    </message>
    <message>
        <source>participant %1 (%2) died holding the lock. A POSIX semaphore has no owner, so nothing gave the lock back: it stayed taken, which is the deadlock Python's documentation warns about for Process.terminate().</source>
        <translation>Teilnehmer %1 (%2) starb, während er die Sperre hielt. Ein POSIX-Semaphor hat keinen Besitzer, also gab nichts die Sperre zurück: Sie blieb belegt – genau der Deadlock, vor dem die Dokumentation von Python bei Process.terminate() warnt.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) waiting for it would have waited for ever; the lab killed them to end the run.</source>
        <translation>
            <numerusform>%n Teilnehmer, der darauf wartete, hätte ewig gewartet; das Labor hat ihn getötet, um den Lauf zu beenden.</numerusform>
            <numerusform>%n Teilnehmer, die darauf warteten, hätten ewig gewartet; das Labor hat sie getötet, um den Lauf zu beenden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>proclab::Batch</name>
    <message>
        <source>Number of processes, participants or pool workers.</source>
        <translation>Anzahl der Prozesse, Teilnehmer oder Pool-Arbeiter.</translation>
    </message>
    <message>
        <source>Items per do_something call.</source>
        <translation>Elemente pro Aufruf von do_something.</translation>
    </message>
    <message>
        <source>Barrier rounds.</source>
        <translation>Barrierenrunden.</translation>
    </message>
    <message>
        <source>Pool input size n (squares of range(n)).</source>
        <translation>Eingabegröße n des Pools (Quadrate von range(n)).</translation>
    </message>
    <message>
        <source>Pool chunk size (0: Python's default).</source>
        <translation>Blockgröße des Pools (0: Vorgabe von Python).</translation>
    </message>
    <message>
        <source>Milliseconds before the signal is sent.</source>
        <translation>Millisekunden, bevor das Signal gesendet wird.</translation>
    </message>
    <message>
        <source>Milliseconds a long-running worker works.</source>
        <translation>Millisekunden, die ein lang laufender Arbeiter arbeitet.</translation>
    </message>
    <message>
        <source>Random seed for uneven work.</source>
        <translation>Zufallsstartwert für ungleiche Arbeit.</translation>
    </message>
    <message>
        <source>Time limit of each run in milliseconds.</source>
        <translation>Zeitlimit jedes Laufs in Millisekunden.</translation>
    </message>
    <message>
        <source>Run SCENARIO headless and exit. One of: %1, all.</source>
        <translation>SCENARIO ohne Fenster ausführen und beenden. Eines von: %1, all.</translation>
    </message>
    <message>
        <source>Directory for the data files and charts.</source>
        <translation>Verzeichnis für die Datendateien und Diagramme.</translation>
    </message>
    <message>
        <source>Signal for the killing scenario: term or kill.</source>
        <translation>Signal für das Killing-Szenario: term oder kill.</translation>
    </message>
    <message>
        <source>Spawning: join() inside the loop, as the tutorial's mistake does.</source>
        <translation>Spawning: join() innerhalb der Schleife, wie im Fehler des Tutorials.</translation>
    </message>
    <message>
        <source>Daemons: kill the parent abruptly to show orphaned children.</source>
        <translation>Daemons: den Elternprozess abrupt beenden, um verwaiste Kinder zu zeigen.</translation>
    </message>
    <message>
        <source>Pool: one run per worker count A to B, for the speedup chart.</source>
        <translation>Pool: ein Lauf pro Arbeiterzahl von A bis B, für das Beschleunigungsdiagramm.</translation>
    </message>
    <message>
        <source>Chart image formats, comma separated: png, svg, pdf.</source>
        <translation>Bildformate der Diagramme, durch Kommas getrennt: png, svg, pdf.</translation>
    </message>
    <message>
        <source>--batch: unknown scenario '%1'; allowed: %2, all</source>
        <translation>--batch: unbekanntes Szenario „%1“; erlaubt: %2, all</translation>
    </message>
    <message>
        <source>--out: a directory for the results is required</source>
        <translation>--out: ein Verzeichnis für die Ergebnisse ist erforderlich</translation>
    </message>
    <message>
        <source>--%1 does not apply to the %2 scenario</source>
        <translation>--%1 gilt nicht für das Szenario %2</translation>
    </message>
    <message>
        <source>--%1 applies to no scenario</source>
        <translation>--%1 gilt für kein Szenario</translation>
    </message>
    <message>
        <source>--%1 must be an integer between %2 and %3, not '%4'</source>
        <translation>--%1 muss eine ganze Zahl zwischen %2 und %3 sein, nicht „%4“</translation>
    </message>
    <message>
        <source>--signal must be term or kill, not '%1'</source>
        <translation>--signal muss term oder kill sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--kill-parent applies to the daemons scenario only</source>
        <translation>--kill-parent gilt nur für das Szenario daemons</translation>
    </message>
    <message>
        <source>--sweep applies to the pool scenario only</source>
        <translation>--sweep gilt nur für das Szenario pool</translation>
    </message>
    <message>
        <source>--sweep must be A-B with %1 &lt;= A &lt;= B &lt;= %2, not '%3'</source>
        <translation>--sweep muss A-B mit %1 &lt;= A &lt;= B &lt;= %2 sein, nicht „%3“</translation>
    </message>
    <message>
        <source>--format: unknown image format '%1'; allowed: png, svg, pdf</source>
        <translation>--format: unbekanntes Bildformat „%1“; erlaubt: png, svg, pdf</translation>
    </message>
    <message>
        <source>--format: give at least one of png, svg, pdf</source>
        <translation>--format: mindestens eines von png, svg, pdf angeben</translation>
    </message>
    <message>
        <source>error: cannot create the output directory %1</source>
        <translation>Fehler: Das Ausgabeverzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>error: the output directory %1 is not writable</source>
        <translation>Fehler: Das Ausgabeverzeichnis %1 ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>%1: %2 processes, wall %3 ms</source>
        <translation>%1: %2 Prozesse, Gesamtzeit %3 ms</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1: Fehler: %2</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>  wrote %1</source>
        <translation>  %1 geschrieben</translation>
    </message>
    <message>
        <source>sweep: error: %1</source>
        <translation>Messreihe: Fehler: %1</translation>
    </message>
    <message>
        <source>%1 sweep: %2 points</source>
        <translation>%1-Messreihe: %2 Punkte</translation>
    </message>
    <message>
        <source>interrupted by %1</source>
        <translation>unterbrochen durch %1</translation>
    </message>
    <message>
        <source>Barrier &amp; Lock: what the lock and barrier are built from: qt (QSystemSemaphore), posix (sem_open, as Python), futex.</source>
        <translation>Barriere &amp; Sperre: woraus Sperre und Barriere gebaut sind: qt (QSystemSemaphore), posix (sem_open, wie Python), futex.</translation>
    </message>
    <message>
        <source>Barrier &amp; Lock: break it: kill-holder (kill the lock holder inside its critical section) or exit-after-last-barrier.</source>
        <translation>Barriere &amp; Sperre: absichtlich kaputt machen: kill-holder (den Inhaber der Sperre in seinem kritischen Abschnitt töten) oder exit-after-last-barrier.</translation>
    </message>
    <message>
        <source>Barrier &amp; Lock and Pool: write the run's kernel objects (as last seen while it ran, and whether each is gone after it) into the run file.</source>
        <translation>Barriere &amp; Sperre und Pool: die Kernel-Objekte des Laufs (wie zuletzt während des Laufs gesehen und ob jedes danach verschwunden ist) in die Laufdatei schreiben.</translation>
    </message>
    <message>
        <source>--%1 must be one of %2, not '%3'</source>
        <translation>--%1 muss eines von %2 sein, nicht „%3“</translation>
    </message>
    <message>
        <source>  kernel objects at %1 ms:</source>
        <translation>  Kernel-Objekte bei %1 ms:</translation>
    </message>
    <message numerus="yes">
        <source>  after the run: all %n object(s) gone</source>
        <translation>
            <numerusform>  nach dem Lauf: %n Objekt verschwunden</numerusform>
            <numerusform>  nach dem Lauf: alle %n Objekte verschwunden</numerusform>
        </translation>
    </message>
    <message>
        <source>  after the run: objects left behind:</source>
        <translation>  nach dem Lauf: zurückgelassene Objekte:</translation>
    </message>
    <message>
        <source>Python runtime: multiprocessing's start method.</source>
        <translation>Python-Laufzeitumgebung: die Startmethode von multiprocessing.</translation>
    </message>
    <message>
        <source>--%1 applies to the C++ runtime only (Python's multiprocessing brings its own POSIX semaphores)</source>
        <translation>--%1 gilt nur für die C++-Laufzeitumgebung (multiprocessing von Python bringt seine eigenen POSIX-Semaphore mit)</translation>
    </message>
    <message>
        <source>--start-method applies to the Python runtime only (add --runtime python)</source>
        <translation>--start-method gilt nur für die Python-Laufzeitumgebung (--runtime python hinzufügen)</translation>
    </message>
    <message>
        <source>%1 sweep: %2 C++ and %3 Python points</source>
        <translation>%1-Messreihe: %2 Punkte mit C++ und %3 mit Python</translation>
    </message>
    <message>
        <source>Who runs the scenario: cpp (the lab's C++ workers), python (the tutorial's own program in CPython multiprocessing, traced), both (one after the other) or both-together (at the same time); Python's files are S-python.*. barrier and pool also take mpi (MPI ranks under mpirun, files S-mpi.*; --workers is the number of ranks).</source>
        <translation>Wer das Szenario ausführt: cpp (die C++-Arbeiter des Labors), python (das Programm des Tutorials selbst in CPythons multiprocessing, verfolgt), both (nacheinander) oder both-together (gleichzeitig); Pythons Dateien heißen S-python.*. barrier und pool nehmen auch mpi (MPI-Ränge unter mpirun, Dateien S-mpi.*; --workers ist die Zahl der Ränge).</translation>
    </message>
    <message>
        <source>MPI runtime: run the ranks on the hosts of this Open MPI hostfile (its host and slots=N lines are mpirun's); default: this machine.</source>
        <translation>MPI-Laufzeit: die Ränge auf den Rechnern dieser Open-MPI-Hostdatei ausführen (ihre Zeilen host und slots=N liest mpirun); Standard: dieser Rechner.</translation>
    </message>
    <message>
        <source>--%1 %2 applies to %3 only</source>
        <translation>--%1 %2 gilt nur für %3</translation>
    </message>
    <message>
        <source>--hostfile applies to the MPI runtime only (add --runtime mpi)</source>
        <translation>--hostfile gilt nur für die MPI-Laufzeit (--runtime mpi hinzufügen)</translation>
    </message>
    <message>
        <source>--hostfile: cannot read '%1'</source>
        <translation>--hostfile: „%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>--primitives applies to the C++ runtime only (MPI ranks meet at MPI_Barrier and lock with MPI-3 RMA atomics)</source>
        <translation>--primitives gilt nur für die C++-Laufzeit (MPI-Ränge treffen sich an MPI_Barrier und sperren mit MPI-3-RMA-Atomics)</translation>
    </message>
    <message>
        <source>--break: the MPI runtime takes none or kill-holder</source>
        <translation>--break: die MPI-Laufzeit nimmt none oder kill-holder</translation>
    </message>
</context>
<context>
    <name>proclab::ChartExport</name>
    <message>
        <source>%1 x %2 pixels is too large for a PNG (at most %3 per side)</source>
        <translation>%1 × %2 Pixel ist zu groß für ein PNG (höchstens %3 pro Seite)</translation>
    </message>
    <message>
        <source>not enough memory for a %1 x %2 image</source>
        <translation>nicht genug Speicher für ein Bild von %1 × %2</translation>
    </message>
    <message>
        <source>cannot encode PNG for %1</source>
        <translation>PNG für %1 kann nicht kodiert werden</translation>
    </message>
    <message>
        <source>Chart exported by ProcLab</source>
        <translation>Von ProcLab exportiertes Diagramm</translation>
    </message>
    <message>
        <source>there is no chart to export</source>
        <translation>es gibt kein Diagramm zum Exportieren</translation>
    </message>
    <message>
        <source>cannot export %1: unknown image format '%2'; use .png, .svg or .pdf</source>
        <translation>%1 kann nicht exportiert werden: unbekanntes Bildformat „%2“; .png, .svg oder .pdf verwenden</translation>
    </message>
    <message>
        <source>cannot export %1: size %2 x %3 is out of range (16 to %4)</source>
        <translation>%1 kann nicht exportiert werden: Größe %2 × %3 liegt außerhalb des Bereichs (16 bis %4)</translation>
    </message>
    <message>
        <source>cannot export %1: resolution %2 dpi is out of range (%3 to %4)</source>
        <translation>%1 kann nicht exportiert werden: Auflösung %2 dpi liegt außerhalb des Bereichs (%3 bis %4)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot render the chart into %1: %2</source>
        <translation>das Diagramm kann nicht nach %1 gezeichnet werden: %2</translation>
    </message>
</context>
<context>
    <name>proclab::ChartExportDialog</name>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Please end the file name with .png, .svg or .pdf: the suffix chooses the format.</source>
        <translation>Bitte den Dateinamen mit .png, .svg oder .pdf enden lassen: Die Endung wählt das Format.</translation>
    </message>
</context>
<context>
    <name>proclab::ChartPalette</name>
    <message>
        <source>work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <source>barrier wait</source>
        <translation>Warten an der Barriere</translation>
    </message>
    <message>
        <source>lock wait</source>
        <translation>Warten auf die Sperre</translation>
    </message>
    <message>
        <source>lock hold</source>
        <translation>Sperre gehalten</translation>
    </message>
    <message>
        <source>task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>launch</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>signal sent</source>
        <translation>Signal gesendet</translation>
    </message>
    <message>
        <source>exit (normal)</source>
        <translation>Ende (normal)</translation>
    </message>
    <message>
        <source>exit (killed)</source>
        <translation>Ende (beendet)</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>zombie</source>
        <translation>Zombie</translation>
    </message>
    <message>
        <source>exit (error)</source>
        <translation>Ende (Fehler)</translation>
    </message>
    <message>
        <source>exit (status unknown)</source>
        <translation>Ende (Status unbekannt)</translation>
    </message>
</context>
<context>
    <name>proclab::CodePanel</name>
    <message>
        <source>The tutorial's code and claims, checked against this run</source>
        <translation>Code und Aussagen des Tutorials, an diesem Lauf geprüft</translation>
    </message>
</context>
<context>
    <name>proclab::CriticalPathModel</name>
    <message>
        <source>being launched (the lab's launch overhead)</source>
        <translation>wird gestartet (Startaufwand des Labors)</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>waiting, no one to blame</source>
        <translation>wartet, ohne dass jemand schuld ist</translation>
    </message>
    <message>
        <source>woken by %1's arrival at the barrier</source>
        <translation>geweckt durch die Ankunft von %1 an der Barriere</translation>
    </message>
    <message>
        <source>woken by %1's release of the lock</source>
        <translation>geweckt durch die Freigabe der Sperre durch %1</translation>
    </message>
    <message>
        <source>took over the lock from %1, who died holding it</source>
        <translation>übernahm die Sperre von %1, der sie haltend starb</translation>
    </message>
    <message>
        <source>woken by %1</source>
        <translation>geweckt durch %1</translation>
    </message>
    <message>
        <source>the lab joining %1 (join overhead)</source>
        <translation>das Labor wartet auf %1 (join-Aufwand)</translation>
    </message>
    <message>
        <source>From (ms)</source>
        <translation>Ab (ms)</translation>
    </message>
    <message>
        <source>Length (ms)</source>
        <translation>Länge (ms)</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>No critical path: the run has no process that exited.</source>
        <translation>Kein kritischer Pfad: im Lauf hat sich kein Prozess beendet.</translation>
    </message>
    <message>
        <source>Critical path: %1 ms of the %2 ms wall time, walked back from the last exit. Of the wall time: running %3%, waiting %4%, the lab's launch and join overhead %5%.</source>
        <translation>Kritischer Pfad: %1 ms der %2 ms Gesamtzeit, vom letzten Ende rückwärts verfolgt. Von der Gesamtzeit: laufend %3 %, wartend %4 %, Start- und join-Aufwand des Labors %5 %.</translation>
    </message>
</context>
<context>
    <name>proclab::EventParser</name>
    <message>
        <source>unknown span kind</source>
        <translation>unbekannte Abschnittsart</translation>
    </message>
    <message>
        <source>expected key=value after the span kind</source>
        <translation>nach der Abschnittsart wird Schlüssel=Wert erwartet</translation>
    </message>
    <message>
        <source>span attribute is not a non-negative integer</source>
        <translation>Abschnittsattribut ist keine nichtnegative ganze Zahl</translation>
    </message>
    <message>
        <source>unknown or repeated span attribute</source>
        <translation>unbekanntes oder wiederholtes Abschnittsattribut</translation>
    </message>
    <message>
        <source>tasks needs begin and end offsets</source>
        <translation>tasks braucht Anfangs- und Endversatz</translation>
    </message>
    <message>
        <source>task offset out of range</source>
        <translation>Aufgabenversatz außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>task offset is not a non-negative integer</source>
        <translation>Aufgabenversatz ist keine nichtnegative ganze Zahl</translation>
    </message>
    <message>
        <source>more than %1 tasks in one line</source>
        <translation>mehr als %1 Aufgaben in einer Zeile</translation>
    </message>
    <message>
        <source>task ends before it begins</source>
        <translation>Aufgabe endet, bevor sie beginnt</translation>
    </message>
    <message>
        <source>task without an end offset</source>
        <translation>Aufgabe ohne Endversatz</translation>
    </message>
    <message>
        <source>task index out of range</source>
        <translation>Aufgabenindex außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>unexpected trailing fields</source>
        <translation>unerwartete zusätzliche Felder am Ende</translation>
    </message>
    <message>
        <source>expected a non-negative integer</source>
        <translation>nichtnegative ganze Zahl erwartet</translation>
    </message>
    <message>
        <source>exit code out of range 0-255</source>
        <translation>Exit-Code außerhalb des Bereichs 0–255</translation>
    </message>
    <message>
        <source>spawn needs a child id and a child pid</source>
        <translation>spawn braucht eine Kind-ID und eine Kind-PID</translation>
    </message>
    <message>
        <source>spawn mode must be daemon or regular</source>
        <translation>spawn-Modus muss daemon oder regular sein</translation>
    </message>
    <message>
        <source>spawn needs a child name</source>
        <translation>spawn braucht einen Kindnamen</translation>
    </message>
    <message>
        <source>reaped needs a child id, normal|signal and a code</source>
        <translation>reaped braucht eine Kind-ID, normal|signal und einen Code</translation>
    </message>
    <message>
        <source>empty note</source>
        <translation>leere Notiz</translation>
    </message>
    <message>
        <source>tasks needs a first task index</source>
        <translation>tasks braucht einen ersten Aufgabenindex</translation>
    </message>
    <message>
        <source>unknown event type</source>
        <translation>unbekannter Ereignistyp</translation>
    </message>
    <message>
        <source>empty line</source>
        <translation>leere Zeile</translation>
    </message>
    <message>
        <source>control character in line</source>
        <translation>Steuerzeichen in der Zeile</translation>
    </message>
    <message>
        <source>bad timestamp</source>
        <translation>ungültiger Zeitstempel</translation>
    </message>
    <message>
        <source>bad pid</source>
        <translation>ungültige PID</translation>
    </message>
    <message>
        <source>bad process id</source>
        <translation>ungültige Prozess-ID</translation>
    </message>
    <message>
        <source>missing event type</source>
        <translation>fehlender Ereignistyp</translation>
    </message>
    <message>
        <source>cause needs a span kind and a cause event</source>
        <translation>cause braucht eine Spannenart und ein Ursachenereignis</translation>
    </message>
    <message>
        <source>cause needs a process id and a timestamp</source>
        <translation>cause braucht eine Prozess-ID und einen Zeitstempel</translation>
    </message>
    <message>
        <source>signal_sent needs a child id and a signal</source>
        <translation>signal_sent braucht eine Kind-ID und ein Signal</translation>
    </message>
    <message>
        <source>only a barrier_wait begin with its round can end with last</source>
        <translation>nur ein barrier_wait-begin mit seiner Runde darf mit last enden</translation>
    </message>
    <message>
        <source>taskrun needs task durations</source>
        <translation>taskrun braucht Aufgabendauern</translation>
    </message>
    <message>
        <source>cause= belongs once on an end, as event:process:ns-before or unknown</source>
        <translation>cause= gehört einmal an ein end, als Ereignis:Prozess:ns-davor oder unknown</translation>
    </message>
</context>
<context>
    <name>proclab::EventStream</name>
    <message>
        <source>line longer than %1 bytes</source>
        <translation>Zeile länger als %1 Bytes</translation>
    </message>
    <message>
        <source>line cut off before its end</source>
        <translation>Zeile vor ihrem Ende abgeschnitten</translation>
    </message>
</context>
<context>
    <name>proclab::ExitStamp</name>
    <message>
        <source>measured by the kernel (pidfd)</source>
        <translation>vom Kernel gemessen (pidfd)</translation>
    </message>
    <message>
        <source>reported by the process itself</source>
        <translation>vom Prozess selbst gemeldet</translation>
    </message>
    <message>
        <source>when the lab noticed</source>
        <translation>als das Labor es bemerkte</translation>
    </message>
</context>
<context>
    <name>proclab::Export</name>
    <message>
        <source>not a %1 document</source>
        <translation>kein %1-Dokument</translation>
    </message>
    <message>
        <source>process %1 has id %2; ids must be 0, 1, 2, … in order</source>
        <translation>Prozess %1 hat die ID %2; IDs müssen der Reihe nach 0, 1, 2, … sein</translation>
    </message>
    <message>
        <source>process %1 has an unknown exit kind</source>
        <translation>Prozess %1 hat eine unbekannte Exit-Art</translation>
    </message>
    <message>
        <source>process %1 has a span of unknown kind</source>
        <translation>Prozess %1 hat einen Abschnitt unbekannter Art</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>proclab::IpcObjectModel</name>
    <message>
        <source>gone</source>
        <translation>verschwunden</translation>
    </message>
    <message>
        <source>LEFT BEHIND</source>
        <translation>ZURÜCKGELASSEN</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>(while running)</source>
        <translation>(während des Laufs)</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Teil</translation>
    </message>
    <message>
        <source>Kernel name</source>
        <translation>Kernel-Name</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>After the run</source>
        <translation>Nach dem Lauf</translation>
    </message>
    <message>
        <source>System V shared memory</source>
        <translation>gemeinsamer Speicher (System V)</translation>
    </message>
    <message>
        <source>System V semaphore</source>
        <translation>System-V-Semaphor</translation>
    </message>
    <message>
        <source>POSIX semaphore</source>
        <translation>POSIX-Semaphor</translation>
    </message>
    <message>
        <source>robust mutex</source>
        <translation>robuster Mutex</translation>
    </message>
    <message>
        <source>futex barrier</source>
        <translation>futex-Barriere</translation>
    </message>
    <message>
        <source>barrier (as CPython)</source>
        <translation>Barriere (wie CPython)</translation>
    </message>
    <message>
        <source>barrier (semaphores)</source>
        <translation>Barriere (Semaphore)</translation>
    </message>
    <message>
        <source>task queue</source>
        <translation>Aufgabenwarteschlange</translation>
    </message>
    <message>
        <source>counter</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>waiters</source>
        <translation>Wartende</translation>
    </message>
    <message>
        <source>waiting for zero</source>
        <translation>Wartende auf null</translation>
    </message>
    <message>
        <source>last pid</source>
        <translation>letzte PID</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>creator pid</source>
        <translation>PID des Erzeugers</translation>
    </message>
    <message>
        <source>attached</source>
        <translation>angebunden</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>owner died</source>
        <translation>Besitzer gestorben</translation>
    </message>
    <message>
        <source>holder (recorded)</source>
        <translation>Inhaber (aufgezeichnet)</translation>
    </message>
    <message>
        <source>parties</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>eingetroffen</translation>
    </message>
    <message>
        <source>generation</source>
        <translation>Generation</translation>
    </message>
    <message>
        <source>sleeping</source>
        <translation>schlafend</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>gebrochen</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>slots</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>chunk size</source>
        <translation>Blockgröße</translation>
    </message>
    <message>
        <source>next index</source>
        <translation>nächster Index</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>arrive %1/%2</source>
        <comment>participant's arrive semaphore of a round phase</comment>
        <translation>Eintreffen %1/%2</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>lock</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <source>barrier</source>
        <translation>Barriere</translation>
    </message>
    <message>
        <source>exit gate</source>
        <translation>Ausgangstor</translation>
    </message>
    <message>
        <source>condition lock</source>
        <translation>Sperre der Bedingung</translation>
    </message>
    <message>
        <source>condition sleeping</source>
        <translation>Schlafende der Bedingung</translation>
    </message>
    <message>
        <source>condition woken</source>
        <translation>Geweckte der Bedingung</translation>
    </message>
    <message>
        <source>condition wait</source>
        <translation>Warten der Bedingung</translation>
    </message>
</context>
<context>
    <name>proclab::KeptWaitingModel</name>
    <message>
        <source>%1 waited %2 ms for %3</source>
        <translation>%1 wartete %2 ms auf %3</translation>
    </message>
    <message>
        <source>%1 waited for…</source>
        <translation>%1 wartete auf …</translation>
    </message>
    <message>
        <source>…%1</source>
        <translation>… %1</translation>
    </message>
</context>
<context>
    <name>proclab::MainWindow</name>
    <message>
        <source>ProcLab – %1</source>
        <translation>ProcLab – %1</translation>
    </message>
    <message>
        <source>About ProcLab</source>
        <translation>Über ProcLab</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ProcLab %1&lt;/h3&gt;&lt;p&gt;A lab for operating-system multiprocessing. It re-creates the six scenarios of a Python &lt;tt&gt;multiprocessing&lt;/tt&gt; tutorial with real worker processes and shows what happens: every process a lane on a timeline, every barrier wait and lock hold a span, every run a point on a speedup chart.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Licensed under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ProcLab %1&lt;/h3&gt;&lt;p&gt;Ein Labor für Multiprocessing im Betriebssystem. Es stellt die sechs Szenarien eines Python-Tutorials zu &lt;tt&gt;multiprocessing&lt;/tt&gt; mit echten Arbeitsprozessen nach und zeigt, was geschieht: jeder Prozess eine Bahn auf einer Zeitleiste, jedes Warten an der Barriere und jedes Halten der Sperre ein Abschnitt, jeder Lauf ein Punkt in einem Beschleunigungsdiagramm.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2. Lizenziert unter der MIT-Lizenz.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The tutorial's %1</source>
        <translation>%1 aus dem Tutorial</translation>
    </message>
    <message>
        <source>The language of the whole window; switches at once</source>
        <translation>Die Sprache des ganzen Fensters; wechselt sofort</translation>
    </message>
    <message numerus="yes">
        <source>%n core(s)</source>
        <translation>
            <numerusform>%n Kern</numerusform>
            <numerusform>%n Kerne</numerusform>
        </translation>
    </message>
    <message>
        <source>Processor cores available to the runs: more workers than this cannot run at the same time</source>
        <translation>Prozessorkerne für die Läufe: Mehr Arbeiter als diese können nicht gleichzeitig laufen</translation>
    </message>
    <message>
        <source>Quit ProcLab</source>
        <translation>ProcLab beenden</translation>
    </message>
    <message>
        <source>A run is still going. Quit anyway? Every process of it will be killed; its data is not saved.</source>
        <translation>Ein Lauf ist noch im Gang. Trotzdem beenden? Alle seine Prozesse werden getötet; seine Daten werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>proclab::MpiScenario</name>
    <message>
        <source>mpirun was not found: the MPI runtime needs Open MPI (the Debian packages openmpi-bin and libopenmpi-dev, installed by scripts/setup.sh)</source>
        <translation>mpirun wurde nicht gefunden: die MPI-Laufzeit braucht Open MPI (die Debian-Pakete openmpi-bin und libopenmpi-dev, installiert von scripts/setup.sh)</translation>
    </message>
    <message>
        <source>proclab-mpi-worker was not built (it needs libopenmpi-dev at build time)</source>
        <translation>proclab-mpi-worker wurde nicht gebaut (er braucht libopenmpi-dev beim Bauen)</translation>
    </message>
    <message>
        <source>the MPI runtime runs the Barrier &amp; Lock and Pool scenarios only</source>
        <translation>die MPI-Laufzeit führt nur die Szenarien Barriere &amp; Sperre und Pool aus</translation>
    </message>
    <message>
        <source>on MPI ranks the lab can break a run by killing the lock holder only</source>
        <translation>bei MPI-Rängen kann das Labor einen Lauf nur durch Töten des Sperrhalters stören</translation>
    </message>
    <message>
        <source>the hostfile %1 cannot be read</source>
        <translation>die Hostdatei %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot create the run's directory: %1</source>
        <translation>das Verzeichnis des Laufs kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>rank %1</source>
        <translation>Rang %1</translation>
    </message>
    <message>
        <source>rank %1 runs where the lab cannot signal it; the lab ended the job</source>
        <translation>Rang %1 läuft, wo das Labor ihm kein Signal senden kann; das Labor beendete den Job</translation>
    </message>
    <message>
        <source>process %1 (%2) was stopped (SIGSTOP or a debugger): every other rank waits for it; the lab killed it, and MPI ends the job</source>
        <translation>Prozess %1 (%2) wurde angehalten (SIGSTOP oder ein Debugger): jeder andere Rang wartet auf ihn; das Labor tötete ihn, und MPI beendet den Job</translation>
    </message>
    <message>
        <source>a rank left an MPI_Barrier before the last rank had arrived</source>
        <translation>ein Rang verließ eine MPI_Barrier, bevor der letzte Rang angekommen war</translation>
    </message>
    <message>
        <source>two ranks held the MPI lock at the same time</source>
        <translation>zwei Ränge hielten die MPI-Sperre gleichzeitig</translation>
    </message>
    <message>
        <source>the counter incremented under the MPI lock is %1, not %2: increments were lost</source>
        <translation>der unter der MPI-Sperre erhöhte Zähler ist %1, nicht %2: Erhöhungen gingen verloren</translation>
    </message>
    <message>
        <source>rank 0 did not gather the results</source>
        <translation>Rang 0 hat die Ergebnisse nicht eingesammelt</translation>
    </message>
    <message>
        <source>%1 of %2 tasks did not run exactly once (%3 missing, %4 more than once)</source>
        <translation>%1 von %2 Aufgaben liefen nicht genau einmal (%3 fehlen, %4 mehrfach)</translation>
    </message>
    <message>
        <source>%1 gathered results are not the square of their index</source>
        <translation>%1 eingesammelte Ergebnisse sind nicht das Quadrat ihres Index</translation>
    </message>
    <message>
        <source>mpirun ended with %1: %2</source>
        <translation>mpirun endete mit %1: %2</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>signal %1</source>
        <translation>Signal %1</translation>
    </message>
    <message>
        <source>it said nothing</source>
        <translation>es sagte nichts</translation>
    </message>
    <message>
        <source>MPI is fail-stop: %1 was killed, and mpirun ended the job: %2 of the other %3 ranks ended without finishing, the last %4 ms after it; mpirun exited with %5</source>
        <translation>MPI ist fail-stop: %1 wurde getötet, und mpirun beendete den Job: %2 der anderen %3 Ränge endeten unfertig, der letzte %4 ms danach; mpirun endete mit %5</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>rank %1 wrote to stderr: %2</source>
        <translation>Rang %1 schrieb nach stderr: %2</translation>
    </message>
    <message>
        <source>the run's directory %1 could not be removed</source>
        <translation>das Verzeichnis %1 des Laufs konnte nicht entfernt werden</translation>
    </message>
</context>
<context>
    <name>proclab::ParameterPanel</name>
    <message>
        <source>items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>rounds</source>
        <translation>Runden</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>&amp;Workers:</source>
        <translation>&amp;Arbeiter:</translation>
    </message>
    <message>
        <source>Wor&amp;kload:</source>
        <translation>Arbeits&amp;menge:</translation>
    </message>
    <message>
        <source>&amp;Rounds:</source>
        <translation>&amp;Runden:</translation>
    </message>
    <message>
        <source>&amp;Tasks:</source>
        <translation>Auf&amp;gaben:</translation>
    </message>
    <message>
        <source>&amp;Chunk size:</source>
        <translation>&amp;Blockgröße:</translation>
    </message>
    <message>
        <source>&amp;Kill after:</source>
        <translation>&amp;Beenden nach:</translation>
    </message>
    <message>
        <source>&amp;Signal:</source>
        <translation>&amp;Signal:</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>S&amp;tartwert:</translation>
    </message>
    <message>
        <source>Mistake:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>Zeitlimit:</translation>
    </message>
    <message>
        <source>How many processes take part in the barrier (Python: Barrier(N)).</source>
        <translation>Wie viele Prozesse an der Barriere teilnehmen (Python: Barrier(N)).</translation>
    </message>
    <message>
        <source>How many worker processes the pool starts (Python: Pool(processes=N)).</source>
        <translation>Wie viele Arbeitsprozesse der Pool startet (Python: Pool(processes=N)).</translation>
    </message>
    <message>
        <source>How many processes the loop starts.</source>
        <translation>Wie viele Prozesse die Schleife startet.</translation>
    </message>
    <message>
        <source>Items per step: process i fills a list with i × this many random numbers.</source>
        <translation>Elemente pro Schritt: Prozess i füllt eine Liste mit i × so vielen Zufallszahlen.</translation>
    </message>
    <message>
        <source>Extra random numbers each task generates, so that tasks take measurable time.</source>
        <translation>Zusätzliche Zufallszahlen, die jede Aufgabe erzeugt, damit Aufgaben messbar Zeit brauchen.</translation>
    </message>
    <message>
        <source>How many random numbers each do_something() call puts into its list.</source>
        <translation>Wie viele Zufallszahlen jeder Aufruf von do_something() in seine Liste legt.</translation>
    </message>
    <message>
        <source>How many times every participant works, meets the others at the barrier and enters the critical section.</source>
        <translation>Wie oft jeder Teilnehmer arbeitet, die anderen an der Barriere trifft und den kritischen Abschnitt betritt.</translation>
    </message>
    <message>
        <source>The pool maps square() over range(n): this is n.</source>
        <translation>Der Pool wendet square() auf range(n) an: Dies ist n.</translation>
    </message>
    <message>
        <source>How many tasks a worker takes at once; 0 uses Python's default, ceil(n / (4 × workers)).</source>
        <translation>Wie viele Aufgaben ein Arbeiter auf einmal nimmt; 0 nutzt die Vorgabe von Python, ceil(n / (4 × Arbeiter)).</translation>
    </message>
    <message>
        <source>How long the victim runs before the lab sends it the signal.</source>
        <translation>Wie lange das Opfer läuft, bevor das Labor ihm das Signal schickt.</translation>
    </message>
    <message>
        <source>terminate() sends SIGTERM (15); kill() sends SIGKILL (9), which cannot be caught.</source>
        <translation>terminate() sendet SIGTERM (15); kill() sendet SIGKILL (9), das sich nicht abfangen lässt.</translation>
    </message>
    <message>
        <source>Seed for the uneven work of each participant: the same seed repeats the same run.</source>
        <translation>Startwert für die ungleiche Arbeit jedes Teilnehmers: Derselbe Startwert wiederholt denselben Lauf.</translation>
    </message>
    <message>
        <source>Call join() inside the start loop, the tutorial's mistake: each process must finish before the next starts, so nothing runs in parallel.</source>
        <translation>join() in der Startschleife aufrufen, der Fehler des Tutorials: Jeder Prozess muss fertig sein, bevor der nächste startet, also läuft nichts parallel.</translation>
    </message>
    <message>
        <source>How long the parent and its children work.</source>
        <translation>Wie lange der Elternprozess und seine Kinder arbeiten.</translation>
    </message>
    <message>
        <source>How long the victim would run if nobody stopped it.</source>
        <translation>Wie lange das Opfer liefe, wenn niemand es anhielte.</translation>
    </message>
    <message>
        <source>The lab kills every process still running after this time.</source>
        <translation>Das Labor beendet nach dieser Zeit jeden noch laufenden Prozess.</translation>
    </message>
    <message>
        <source>terminate() – SIGTERM (15)</source>
        <translation>terminate() – SIGTERM (15)</translation>
    </message>
    <message>
        <source>kill() – SIGKILL (9)</source>
        <translation>kill() – SIGKILL (9)</translation>
    </message>
    <message>
        <source>join() inside the loop</source>
        <translation>join() innerhalb der Schleife</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Vorgabe</translation>
    </message>
    <message>
        <source>&amp;Primitives:</source>
        <translation>&amp;Primitive:</translation>
    </message>
    <message>
        <source>&amp;Break it:</source>
        <translation>&amp;Kaputt machen:</translation>
    </message>
    <message>
        <source>Qt – QSystemSemaphore</source>
        <translation>Qt – QSystemSemaphore</translation>
    </message>
    <message>
        <source>POSIX – sem_open, as Python</source>
        <translation>POSIX – sem_open, wie Python</translation>
    </message>
    <message>
        <source>futex – robust mutex</source>
        <translation>futex – robuster Mutex</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>kill the lock holder in its critical section</source>
        <translation>den Inhaber der Sperre in seinem kritischen Abschnitt töten</translation>
    </message>
    <message>
        <source>exit right after the last barrier</source>
        <translation>direkt nach der letzten Barriere enden</translation>
    </message>
    <message>
        <source>What the lock and the barrier are built from. Qt: QSystemSemaphore (System V, undone by the kernel when a process exits). POSIX: named semaphores, as Python's multiprocessing uses (no undo). futex: a robust mutex that tells the next holder when the last one died.</source>
        <translation>Woraus Sperre und Barriere gebaut sind. Qt: QSystemSemaphore (System V, vom Kernel rückgängig gemacht, wenn ein Prozess endet). POSIX: benannte Semaphore, wie sie multiprocessing von Python nutzt (kein Rückgängigmachen). futex: ein robuster Mutex, der dem nächsten Inhaber mitteilt, dass der letzte gestorben ist.</translation>
    </message>
    <message>
        <source>Break the run on purpose and watch what each family of primitives does: kill the lock holder inside its critical section, or let the participants exit the moment they pass the last barrier.</source>
        <translation>Den Lauf absichtlich kaputt machen und beobachten, was jede Familie von Primitiven tut: den Inhaber der Sperre in seinem kritischen Abschnitt töten oder die Teilnehmer enden lassen, sobald sie die letzte Barriere passiert haben.</translation>
    </message>
    <message>
        <source>R&amp;untime:</source>
        <translation>&amp;Laufzeitumgebung:</translation>
    </message>
    <message>
        <source>Start &amp;method:</source>
        <translation>Startm&amp;ethode:</translation>
    </message>
    <message>
        <source>C++ workers</source>
        <translation>C++-Arbeiter</translation>
    </message>
    <message>
        <source>the tutorial's Python</source>
        <translation>das Python des Tutorials</translation>
    </message>
    <message>
        <source>both: C++, then Python</source>
        <translation>beide: C++, dann Python</translation>
    </message>
    <message>
        <source>C++ workers started by the lab, or the tutorial's own program run by CPython's multiprocessing and traced live by the lab's tracing module.</source>
        <translation>Vom Labor gestartete C++-Arbeiter oder das eigene Programm des Tutorials, von multiprocessing in CPython ausgeführt und live vom Tracing-Modul des Labors mitverfolgt.</translation>
    </message>
    <message>
        <source>How Python's multiprocessing starts a process: fork (copy the parent), spawn (a fresh interpreter) or forkserver (forked from a server process; the default from Python 3.14).</source>
        <translation>Wie multiprocessing von Python einen Prozess startet: fork (den Elternprozess kopieren), spawn (ein frischer Interpreter) oder forkserver (per fork von einem Serverprozess erzeugt; die Vorgabe ab Python 3.14).</translation>
    </message>
    <message>
        <source>The most is %L1.</source>
        <translation>Höchstens %L1.</translation>
    </message>
    <message>
        <source>The least is %L1.</source>
        <translation>Mindestens %L1.</translation>
    </message>
    <message>
        <source>both at the same time</source>
        <translation>beide gleichzeitig</translation>
    </message>
    <message>
        <source>MPI ranks (mpirun)</source>
        <translation>MPI-Ränge (mpirun)</translation>
    </message>
    <message>
        <source>Barrier &amp; Lock or Pool on MPI ranks started by mpirun (Open MPI), on this machine or a hostfile's hosts; clocks aligned to rank 0's.</source>
        <translation>Barriere &amp; Sperre oder Pool auf MPI-Rängen, gestartet von mpirun (Open MPI), auf diesem Rechner oder den Rechnern einer Hostdatei; Uhren an die von Rang 0 angeglichen.</translation>
    </message>
</context>
<context>
    <name>proclab::PoolScenario</name>
    <message>
        <source>cannot create the task queue: %1</source>
        <translation>die Aufgabenwarteschlange kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>pool worker %1 (%2) %3</source>
        <translation>Pool-Arbeiter %1 (%2) %3</translation>
    </message>
    <message>
        <source>%1 of %2 tasks were never run</source>
        <translation>%1 von %2 Aufgaben wurden nie ausgeführt</translation>
    </message>
    <message>
        <source>%1 tasks ran more than once</source>
        <translation>%1 Aufgaben liefen mehr als einmal</translation>
    </message>
    <message>
        <source> while holding tasks %1</source>
        <translation> und hielt dabei die Aufgaben %1</translation>
    </message>
    <message>
        <source>pool worker %1 (%2) %3%4</source>
        <translation>Pool-Arbeiter %1 (%2) %3%4</translation>
    </message>
    <message>
        <source>pool worker %1 (%2) %3%4%5: the pool is broken (as concurrent.futures reports BrokenProcessPool); the other workers were told to stop, the results so far are kept</source>
        <translation>Pool-Arbeiter %1 (%2) %3%4%5: Der Pool ist defekt (wie concurrent.futures es mit BrokenProcessPool meldet); die anderen Arbeiter wurden zum Beenden aufgefordert, die bisherigen Ergebnisse bleiben erhalten</translation>
    </message>
    <message>
        <source>pool worker %1 (%2) was stopped (SIGSTOP or a debugger)%3: the run cannot go on; it was killed and the pool broken (the other workers were told to stop, the results so far are kept)</source>
        <translation>Pool-Arbeiter %1 (%2) wurde angehalten (SIGSTOP oder ein Debugger)%3: Der Lauf kann nicht weitergehen; er wurde getötet und der Pool für defekt erklärt (die anderen Arbeiter wurden zum Beenden aufgefordert, die bisherigen Ergebnisse bleiben erhalten)</translation>
    </message>
    <message>
        <source>completed no task for %1 ms while tasks remained: hung</source>
        <translation>hat %1 ms lang keine Aufgabe abgeschlossen, obwohl noch Aufgaben offen waren: hängt</translation>
    </message>
    <message>
        <source>pool worker %1 (%2) is hung: no task was completed for %3 ms while tasks remained, and it holds tasks %4; it was killed and the pool broken (the other workers were told to stop, the results so far are kept)</source>
        <translation>Pool-Arbeiter %1 (%2) hängt: %3 ms lang wurde keine Aufgabe abgeschlossen, obwohl noch Aufgaben offen waren, und er hält die Aufgaben %4; er wurde getötet und der Pool für defekt erklärt (die anderen Arbeiter wurden zum Beenden aufgefordert, die bisherigen Ergebnisse bleiben erhalten)</translation>
    </message>
    <message>
        <source>the pool completed no task for %1 ms while tasks remained; it was broken</source>
        <translation>der Pool hat %1 ms lang keine Aufgabe abgeschlossen, obwohl noch Aufgaben offen waren; er wurde für defekt erklärt</translation>
    </message>
    <message>
        <source>pool worker %1 (%2) did not end after the pool was broken and was killed</source>
        <translation>Pool-Arbeiter %1 (%2) endete nicht, nachdem der Pool für defekt erklärt worden war, und wurde getötet</translation>
    </message>
    <message>
        <source>%1 tasks were lost (%2): pool worker %3 (%4) held them and ended without running them</source>
        <translation>%1 Aufgaben gingen verloren (%2): Pool-Arbeiter %3 (%4) hielt sie und endete, ohne sie auszuführen</translation>
    </message>
    <message>
        <source>%1 tasks done according to shared memory have no span (%2): pool worker %3 (%4) ended before reporting them; they count as done</source>
        <translation>%1 laut gemeinsamem Speicher erledigte Aufgaben haben keinen Abschnitt (%2): Pool-Arbeiter %3 (%4) endete, bevor er sie meldete; sie gelten als erledigt</translation>
    </message>
    <message>
        <source>%1 of %2 tasks were not run: the pool broke first</source>
        <translation>%1 von %2 Aufgaben wurden nicht ausgeführt: Der Pool war vorher defekt</translation>
    </message>
    <message>
        <source>%1 of %2 tasks were not run: the run was ended first</source>
        <translation>%1 von %2 Aufgaben liefen nicht: der Lauf wurde vorher beendet</translation>
    </message>
</context>
<context>
    <name>proclab::PosixObjects</name>
    <message>
        <source>cannot create the semaphore %1: %2</source>
        <translation>der Semaphor %1 kann nicht angelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>proclab::ProcessSupervisor</name>
    <message>
        <source>process %1 (%2) did not finish in time and was killed</source>
        <translation>Prozess %1 (%2) wurde nicht rechtzeitig fertig und wurde beendet</translation>
    </message>
    <message>
        <source>process %1 (%2): bad event line "%3": %4</source>
        <translation>Prozess %1 (%2): ungültige Ereigniszeile „%3“: %4</translation>
    </message>
    <message>
        <source>process %1 (%2) wrote to stderr: %3</source>
        <translation>Prozess %1 (%2) schrieb nach stderr: %3</translation>
    </message>
    <message>
        <source>process %1 (%2) failed to start: %3 (%4)</source>
        <translation>Prozess %1 (%2) konnte nicht starten: %3 (%4)</translation>
    </message>
    <message>
        <source>further errors not shown</source>
        <translation>weitere Fehler nicht angezeigt</translation>
    </message>
    <message>
        <source>exited; its status could not be collected</source>
        <translation>beendet; sein Status konnte nicht eingesammelt werden</translation>
    </message>
    <message>
        <source>its parent ended without reporting how it ended</source>
        <translation>sein Elternprozess endete, ohne zu melden, wie dieser Prozess geendet hat</translation>
    </message>
    <message>
        <source>orphaned: its parent died without joining it; the lab sent SIGKILL</source>
        <translation>verwaist: sein Elternprozess starb, ohne ihn mit join() abzuwarten; das Labor hat SIGKILL gesendet</translation>
    </message>
    <message>
        <source>process %1 (%2) exited without reporting ready</source>
        <translation>Prozess %1 (%2) endete, ohne Bereitschaft zu melden</translation>
    </message>
    <message numerus="yes">
        <source>(%n more like it)</source>
        <translation>
            <numerusform>(%n weitere Meldung dieser Art)</numerusform>
            <numerusform>(%n weitere Meldungen dieser Art)</numerusform>
        </translation>
    </message>
    <message>
        <source>orphaned: its parent died without joining it; adopted by the lab (as by init), it runs on</source>
        <translation>verwaist: sein Elternprozess starb, ohne auf ihn zu warten; vom Labor adoptiert (wie von init), läuft er weiter</translation>
    </message>
    <message>
        <source>process %1 (%2) did not finish in time and could not be killed: %3</source>
        <translation>Prozess %1 (%2) wurde nicht rechtzeitig fertig und konnte nicht getötet werden: %3</translation>
    </message>
</context>
<context>
    <name>proclab::ProcessTableModel</name>
    <message>
        <source>not started</source>
        <translation>nicht gestartet</translation>
    </message>
    <message>
        <source>zombie</source>
        <translation>Zombie</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>killed</source>
        <translation>getötet</translation>
    </message>
    <message>
        <source>failed to start</source>
        <translation>Start fehlgeschlagen</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitlimit überschritten</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>signal %1 (%2)</source>
        <translation>Signal %1 (%2)</translation>
    </message>
    <message>
        <source>time limit, signal %1 (%2)</source>
        <translation>Zeitlimit, Signal %1 (%2)</translation>
    </message>
    <message>
        <source>unknown (status not collected)</source>
        <translation>unbekannt (Status nicht eingesammelt)</translation>
    </message>
    <message>
        <source>%1 (daemon)</source>
        <translation>%1 (Daemon)</translation>
    </message>
    <message>
        <source>Process.exitcode: the exit code, or minus the signal number that ended the process</source>
        <translation>Process.exitcode: der Exit-Code oder minus die Nummer des Signals, das den Prozess beendete</translation>
    </message>
    <message>
        <source>What waitpid() reported for this process</source>
        <translation>Was waitpid() für diesen Prozess meldete</translation>
    </message>
    <message>
        <source>Exit time: %1</source>
        <translation>Endzeitpunkt: %1</translation>
    </message>
    <message>
        <source>Reaped as it exited: no time as a zombie</source>
        <translation>Schon beim Beenden eingesammelt: keine Zeit als Zombie</translation>
    </message>
    <message>
        <source>A zombie (exited, not yet reaped) for %L1 µs</source>
        <translation>%L1 µs lang ein Zombie (beendet, noch nicht eingesammelt)</translation>
    </message>
    <message>
        <source>Time spent in do_something() or in pool tasks</source>
        <translation>Zeit in do_something() oder in Pool-Aufgaben</translation>
    </message>
    <message>
        <source>Time spent waiting at the barrier or for the lock</source>
        <translation>Wartezeit an der Barriere oder auf die Sperre</translation>
    </message>
    <message>
        <source>Time spent inside the critical section</source>
        <translation>Zeit im kritischen Abschnitt</translation>
    </message>
    <message>
        <source>Items the process produced: the tutorial's "output size"</source>
        <translation>Vom Prozess erzeugte Elemente: die „output size“ des Tutorials</translation>
    </message>
    <message>
        <source>When the process exited, in ms since the run started (a cell's tooltip says who measured it)</source>
        <translation>Wann der Prozess endete, in ms seit Start des Laufs (der Tooltip einer Zelle sagt, wer es gemessen hat)</translation>
    </message>
    <message>
        <source>When its exit status was collected (Python's join()), in ms since the run started; in between the process is a zombie</source>
        <translation>Wann sein Exit-Status eingesammelt wurde (join() von Python), in ms seit Start des Laufs; dazwischen ist der Prozess ein Zombie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Exit (OS)</source>
        <translation>Ende (BS)</translation>
    </message>
    <message>
        <source>exitcode (Python)</source>
        <translation>exitcode (Python)</translation>
    </message>
    <message>
        <source>Exited (ms)</source>
        <translation>Beendet (ms)</translation>
    </message>
    <message>
        <source>Reaped (ms)</source>
        <translation>Eingesammelt (ms)</translation>
    </message>
    <message>
        <source>Output size</source>
        <translation>Ausgabegröße</translation>
    </message>
    <message>
        <source>Working (ms)</source>
        <translation>Arbeit (ms)</translation>
    </message>
    <message>
        <source>Waiting (ms)</source>
        <translation>Warten (ms)</translation>
    </message>
    <message>
        <source>Holding lock (ms)</source>
        <translation>Sperre gehalten (ms)</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
</context>
<context>
    <name>proclab::PythonScenario</name>
    <message>
        <source>process %1 (%2) ended with Python exit code %3</source>
        <translation>Prozess %1 (%2) endete mit Python-exitcode %3</translation>
    </message>
    <message>
        <source>after %1 nothing happened for %2 s: the program waits for it for ever (Python's Barrier and join() have no timeout); the lab ended the run</source>
        <translation>%1; danach geschah %2 s lang nichts: Das Programm wartet ewig auf ihn (Barrier und join() von Python haben kein Zeitlimit); das Labor hat den Lauf beendet</translation>
    </message>
    <message>
        <source>python3 was not found: the Python runtime needs the Debian package python3 (the C++ runtime works without it)</source>
        <translation>python3 wurde nicht gefunden: Die Python-Laufzeitumgebung braucht das Debian-Paket python3 (die C++-Laufzeitumgebung läuft auch ohne)</translation>
    </message>
    <message>
        <source>the tracing module or the tutorial program was not found in %1</source>
        <translation>das Tracing-Modul oder das Programm des Tutorials wurde in %1 nicht gefunden</translation>
    </message>
    <message>
        <source>process %1 (%2) was stopped (SIGSTOP or a debugger): the program could not go on while it was; the lab killed it</source>
        <translation>Prozess %1 (%2) wurde angehalten (SIGSTOP oder ein Debugger): Solange er angehalten war, konnte das Programm nicht weiterlaufen; das Labor hat ihn getötet</translation>
    </message>
    <message>
        <source>after %1 the pool is broken: that worker's chunk never comes back, and Pool.map() waits for it for ever (nothing happened for %2 s); the lab ended the run</source>
        <translation>nachdem %1, ist der Pool kaputt: das Paket dieses Arbeiters kommt nie zurück, und Pool.map() wartet ewig darauf (%2 s lang geschah nichts); das Labor beendete den Lauf</translation>
    </message>
    <message>
        <source>process %1 (%2) was killed by signal %3 (%4), which the program did not send: Python exit code %5</source>
        <translation>Prozess %1 (%2) wurde durch Signal %3 (%4) beendet, das das Programm nicht gesendet hat: Python-Exitcode %5</translation>
    </message>
    <message>
        <source>cannot create the run's directory: %1</source>
        <translation>das Verzeichnis des Laufs kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>the run's directory %1 could not be removed</source>
        <translation>das Verzeichnis %1 des Laufs konnte nicht entfernt werden</translation>
    </message>
</context>
<context>
    <name>proclab::RunRecorder</name>
    <message>
        <source>event for unknown process id %1</source>
        <translation>Ereignis für unbekannte Prozess-ID %1</translation>
    </message>
    <message>
        <source>pid %1 does not match process %2 (pid %3)</source>
        <translation>PID %1 passt nicht zu Prozess %2 (PID %3)</translation>
    </message>
    <message>
        <source>process %1 reported ready twice</source>
        <translation>Prozess %1 meldete zweimal Bereitschaft</translation>
    </message>
    <message>
        <source>span %1 began twice without ending</source>
        <translation>Abschnitt %1 begann zweimal, ohne zu enden</translation>
    </message>
    <message>
        <source>span %1 ended without beginning</source>
        <translation>Abschnitt %1 endete, ohne begonnen zu haben</translation>
    </message>
    <message>
        <source>span %1 ended with another round or task than it began</source>
        <translation>Abschnitt %1 endete mit einer anderen Runde oder Aufgabe, als er begann</translation>
    </message>
    <message>
        <source>span ends before it begins</source>
        <translation>Abschnitt endet, bevor er beginnt</translation>
    </message>
    <message>
        <source>spawn of child %1 that was not reserved for process %2</source>
        <translation>Start von Kind %1, das nicht für Prozess %2 reserviert war</translation>
    </message>
    <message>
        <source>reaped child %1 that process %2 never spawned</source>
        <translation>Kind %1 eingesammelt, das Prozess %2 nie gestartet hat</translation>
    </message>
    <message>
        <source>child %1 reaped twice</source>
        <translation>Kind %1 zweimal eingesammelt</translation>
    </message>
    <message>
        <source>unhandled event</source>
        <translation>unbehandeltes Ereignis</translation>
    </message>
    <message>
        <source>tasks line without task times</source>
        <translation>tasks-Zeile ohne Aufgabenzeiten</translation>
    </message>
    <message>
        <source>task index out of range</source>
        <translation>Aufgabenindex außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>tasks reported while a task span is open</source>
        <translation>tasks gemeldet, während ein Aufgabenabschnitt offen ist</translation>
    </message>
    <message>
        <source>task %1 has a negative or backwards span</source>
        <translation>Aufgabe %1 hat einen negativen oder rückwärts laufenden Abschnitt</translation>
    </message>
    <message>
        <source>reaped with signal %1, which does not exist</source>
        <translation>mit Signal %1 eingesammelt, das es nicht gibt</translation>
    </message>
    <message>
        <source>exit code out of range 0-255</source>
        <translation>Exit-Code außerhalb des Bereichs 0–255</translation>
    </message>
    <message>
        <source>took over the lock from a holder that died holding it</source>
        <translation>übernahm die Sperre von einem Prozess, der starb, während er sie hielt</translation>
    </message>
    <message>
        <source>process %1 may not report for process %2</source>
        <translation>Prozess %1 darf keine Ereignisse für Prozess %2 melden</translation>
    </message>
    <message>
        <source>process %1 reported before it was started</source>
        <translation>Prozess %1 meldete ein Ereignis, bevor er gestartet wurde</translation>
    </message>
    <message>
        <source>timestamp before the process was launched</source>
        <translation>Zeitstempel vor dem Start des Prozesses</translation>
    </message>
    <message>
        <source>timestamp in the future</source>
        <translation>Zeitstempel in der Zukunft</translation>
    </message>
    <message>
        <source>round %1 out of range 0-%2</source>
        <translation>Runde %1 außerhalb des Bereichs 0–%2</translation>
    </message>
    <message>
        <source>task %1 out of range 0-%2</source>
        <translation>Aufgabe %1 außerhalb des Bereichs 0–%2</translation>
    </message>
    <message>
        <source>the run's budget of %1 spans is spent</source>
        <translation>das Budget des Laufs von %1 Abschnitten ist aufgebraucht</translation>
    </message>
    <message>
        <source>output of %1 items is more than the run allows (%2)</source>
        <translation>eine Ausgabe von %1 Elementen ist mehr, als der Lauf erlaubt (%2)</translation>
    </message>
    <message>
        <source>signal sent to child %1 that process %2 never spawned</source>
        <translation>Signal an Kind %1 gesendet, das Prozess %2 nie erzeugt hat</translation>
    </message>
    <message>
        <source>cause for a %1 span that did not end or already has one</source>
        <translation>Ursache für eine %1-Spanne, die nicht endete oder schon eine hat</translation>
    </message>
    <message>
        <source>a process cannot report a %1 cause</source>
        <translation>ein Prozess kann keine %1-Ursache melden</translation>
    </message>
    <message>
        <source>cause names process %1, which is not another process of the run</source>
        <translation>die Ursache nennt Prozess %1, der kein anderer Prozess des Laufs ist</translation>
    </message>
    <message>
        <source>cause time outside the run</source>
        <translation>Zeit der Ursache außerhalb des Laufs</translation>
    </message>
    <message>
        <source>a second last arrival in barrier round %1</source>
        <translation>eine zweite letzte Ankunft in Barrierenrunde %1</translation>
    </message>
</context>
<context>
    <name>proclab::Scenario</name>
    <message>
        <source>Naming</source>
        <translation>Benennen</translation>
    </message>
    <message>
        <source>Spawning</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <source>Killing</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Daemons</source>
        <translation>Daemons</translation>
    </message>
    <message>
        <source>Barrier &amp; Lock</source>
        <translation>Barriere &amp; Sperre</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>the run exceeded its time limit of %1 ms; all processes were killed</source>
        <translation>der Lauf überschritt sein Zeitlimit von %1 ms; alle Prozesse wurden beendet</translation>
    </message>
    <message>
        <source>stopped by the user</source>
        <translation>vom Benutzer angehalten</translation>
    </message>
    <message>
        <source>the run recorded %1 spans, its budget: it was stopped, the data so far is kept</source>
        <translation>der Lauf hat %1 Abschnitte aufgezeichnet, sein Budget: Er wurde angehalten, die bisherigen Daten bleiben erhalten</translation>
    </message>
    <message>
        <source>the %1 %2 (%3) was still there after the run</source>
        <translation>das Objekt %1 %2 (%3) war nach dem Lauf noch vorhanden</translation>
    </message>
</context>
<context>
    <name>proclab::ScenarioParameters</name>
    <message>
        <source>--%1 does not apply to the %2 scenario</source>
        <translation>--%1 gilt nicht für das Szenario %2</translation>
    </message>
    <message>
        <source>--signal must be term (15) or kill (9), not %1</source>
        <translation>--signal muss term (15) oder kill (9) sein, nicht %1</translation>
    </message>
    <message>
        <source>--%1 must be between %2 and %3, not %4</source>
        <translation>--%1 muss zwischen %2 und %3 liegen, nicht %4</translation>
    </message>
</context>
<context>
    <name>proclab::ScenarioTab</name>
    <message>
        <source>Stopping: killing every process of the run…</source>
        <translation>Wird angehalten: alle Prozesse des Laufs werden beendet…</translation>
    </message>
    <message>
        <source>%1 was killed with SIGKILL.</source>
        <translation>%1 wurde mit SIGKILL getötet.</translation>
    </message>
    <message>
        <source>Stopped after %1 ms; every process of the run was killed.</source>
        <translation>Nach %1 ms angehalten; alle Prozesse des Laufs wurden beendet.</translation>
    </message>
    <message numerus="yes">
        <source>Finished in %1 ms with %n error(s): %2</source>
        <translation>
            <numerusform>Fertig in %1 ms mit %n Fehler: %2</numerusform>
            <numerusform>Fertig in %1 ms mit %n Fehlern: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not available in this build yet: the engine has no runner for it (it comes with the shared-memory IPC work).</source>
        <translation>%1 ist in diesem Build noch nicht verfügbar: Die Engine hat dafür noch keinen Ablauf (er kommt mit der IPC-Arbeit im gemeinsamen Speicher).</translation>
    </message>
    <message>
        <source>Ready: set the parameters and press Run.</source>
        <translation>Bereit: Parameter einstellen und Starten drücken.</translation>
    </message>
    <message>
        <source>Only the Pool tab has a speedup chart.</source>
        <translation>Nur der Pool-Tab hat ein Beschleunigungsdiagramm.</translation>
    </message>
    <message>
        <source>There is no run to export yet: press Run first.</source>
        <translation>Es gibt noch keinen Lauf zum Exportieren: zuerst Starten drücken.</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1:
%2</source>
        <translation>Das Diagramm konnte nicht nach %1 gespeichert werden:
%2</translation>
    </message>
    <message>
        <source>Chart saved to %1.</source>
        <translation>Diagramm nach %1 gespeichert.</translation>
    </message>
    <message>
        <source>Export Run Data</source>
        <translation>Laufdaten exportieren</translation>
    </message>
    <message>
        <source>Run JSON (*.json)</source>
        <translation>Lauf als JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV, one row per span (*.csv)</source>
        <translation>CSV, eine Zeile pro Abschnitt (*.csv)</translation>
    </message>
    <message>
        <source>Chrome trace for Perfetto (*.json)</source>
        <translation>Chrome-Trace für Perfetto (*.json)</translation>
    </message>
    <message>
        <source>The run could not be saved to %1:
%2</source>
        <translation>Der Lauf konnte nicht nach %1 gespeichert werden:
%2</translation>
    </message>
    <message>
        <source>Run data saved to %1.</source>
        <translation>Laufdaten nach %1 gespeichert.</translation>
    </message>
    <message>
        <source>A named process (worker_one) and an unnamed one each fill a list with random numbers, in parallel.</source>
        <translation>Ein benannter Prozess (worker_one) und ein unbenannter füllen parallel je eine Liste mit Zufallszahlen.</translation>
    </message>
    <message>
        <source>A loop starts N processes; process i does i × the workload, so their finish times form a staircase.</source>
        <translation>Eine Schleife startet N Prozesse; Prozess i erledigt i × die Arbeitsmenge, daher bilden ihre Endzeiten eine Treppe.</translation>
    </message>
    <message>
        <source>A process is started, then terminated or killed after a delay and joined; beside it one that had already finished.</source>
        <translation>Ein Prozess wird gestartet, nach einer Wartezeit beendet oder getötet und mit join() abgewartet; daneben einer, der schon fertig war.</translation>
    </message>
    <message>
        <source>A real parent starts a daemon and a regular child: the daemon dies with the parent's work, the regular child is joined.</source>
        <translation>Ein echter Elternprozess startet einen Daemon und ein normales Kind: Der Daemon stirbt mit dem Ende der Elternarbeit, auf das normale Kind wird mit join() gewartet.</translation>
    </message>
    <message>
        <source>Participants with uneven work meet at a Barrier each round, then enter a critical section under one Lock.</source>
        <translation>Teilnehmer mit ungleicher Arbeit treffen sich jede Runde an einer Barriere und betreten dann einen kritischen Abschnitt unter einer Sperre.</translation>
    </message>
    <message>
        <source>A pool of workers maps square() over range(n) in chunks; a sweep over worker counts gives the speedup curve.</source>
        <translation>Ein Pool von Arbeitern wendet square() blockweise auf range(n) an; eine Messreihe über Arbeiterzahlen ergibt die Beschleunigungskurve.</translation>
    </message>
    <message>
        <source>&amp;Kill participant</source>
        <translation>Teilnehmer &amp;töten</translation>
    </message>
    <message>
        <source>Send SIGKILL to the chosen participant while the run goes: the barrier breaks, the others are released, the kernel frees the lock.</source>
        <translation>Dem gewählten Teilnehmer während des Laufs SIGKILL senden: Die Barriere bricht, die anderen werden freigegeben, der Kernel gibt die Sperre frei.</translation>
    </message>
    <message>
        <source>The participant to kill (only while a run goes)</source>
        <translation>Der zu tötende Teilnehmer (nur während eines Laufs)</translation>
    </message>
    <message>
        <source>Kill the parent abruptly (SIGKILL halfway)</source>
        <translation>Elternprozess abrupt töten (SIGKILL auf halbem Weg)</translation>
    </message>
    <message>
        <source>The parent dies before it can end its daemon child: the children are orphaned and the lab cleans them up.</source>
        <translation>Der Elternprozess stirbt, bevor er sein Daemon-Kind beenden kann: Die Kinder verwaisen und das Labor räumt sie auf.</translation>
    </message>
    <message>
        <source>Colour tasks by chunk</source>
        <translation>Aufgaben nach Block färben</translation>
    </message>
    <message>
        <source>Give every chunk of tasks its own colour, to show how map() splits the tasks into chunks and the chunks over the workers.</source>
        <translation>Jedem Aufgabenblock eine eigene Farbe geben, um zu zeigen, wie map() die Aufgaben in Blöcke und die Blöcke auf die Arbeiter verteilt.</translation>
    </message>
    <message>
        <source>Speedup</source>
        <translation>Beschleunigung</translation>
    </message>
    <message>
        <source>Speedup and efficiency over worker counts</source>
        <translation>Beschleunigung und Effizienz über die Arbeiterzahl</translation>
    </message>
    <message>
        <source>Every process of the run, as the OS and as Python see it</source>
        <translation>Jeder Prozess des Laufs, wie ihn das Betriebssystem und Python sehen</translation>
    </message>
    <message>
        <source>during a run</source>
        <translation>während eines Laufs</translation>
    </message>
    <message>
        <source>Run the scenario to see its kernel objects live.</source>
        <translation>Das Szenario starten, um seine Kernel-Objekte live zu sehen.</translation>
    </message>
    <message>
        <source>Read at %1 ms of the run, without blocking, from the engine thread.</source>
        <translation>Gelesen bei %1 ms des Laufs, ohne zu blockieren, aus dem Engine-Thread.</translation>
    </message>
    <message>
        <source>No object has been read yet.</source>
        <translation>Es wurde noch kein Objekt gelesen.</translation>
    </message>
    <message numerus="yes">
        <source>After the run: all %n object(s) are gone.</source>
        <translation>
            <numerusform>Nach dem Lauf: %n Objekt ist verschwunden.</numerusform>
            <numerusform>Nach dem Lauf: Alle %n Objekte sind verschwunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After the run: %n object(s) were left behind.</source>
        <translation>
            <numerusform>Nach dem Lauf: %n Objekt wurde zurückgelassen.</numerusform>
            <numerusform>Nach dem Lauf: %n Objekte wurden zurückgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>IPC objects</source>
        <translation>IPC-Objekte</translation>
    </message>
    <message>
        <source>The run's shared memory, semaphores, lock and barrier as the kernel reports them, live; and after the run, proof that each is gone</source>
        <translation>Gemeinsamer Speicher, Semaphore, Sperre und Barriere des Laufs, wie der Kernel sie meldet, live; und nach dem Lauf der Nachweis, dass jedes Objekt verschwunden ist</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message numerus="yes">
        <source>Running for %1 s: %n process(es), %L2 spans.</source>
        <translation>
            <numerusform>Läuft seit %1 s: %n Prozess, %L2 Spannen.</numerusform>
            <numerusform>Läuft seit %1 s: %n Prozesse, %L2 Spannen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished in %1 ms: %n process(es), %L2 spans.</source>
        <translation>
            <numerusform>Fertig in %1 ms: %n Prozess, %L2 Spannen.</numerusform>
            <numerusform>Fertig in %1 ms: %n Prozesse, %L2 Spannen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waits</source>
        <translation>Wartezeiten</translation>
    </message>
    <message>
        <source>Who kept whom waiting, and the critical path that set the run's wall time</source>
        <translation>Wer wen warten ließ, und der kritische Pfad, der die Gesamtzeit des Laufs bestimmte</translation>
    </message>
</context>
<context>
    <name>proclab::SharedSegment</name>
    <message>
        <source>cannot create the key file %1: %2</source>
        <translation>die Schlüsseldatei %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot create shared memory of %1 bytes: %2</source>
        <translation>gemeinsamer Speicher von %1 Bytes kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot attach to the shared memory %1: %2</source>
        <translation>Anbindung an den gemeinsamen Speicher %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>the shared memory %1 is not a ProcLab segment</source>
        <translation>der gemeinsame Speicher %1 ist kein ProcLab-Segment</translation>
    </message>
    <message>
        <source>cannot find the shared memory behind %1</source>
        <translation>der gemeinsame Speicher hinter %1 ist nicht auffindbar</translation>
    </message>
</context>
<context>
    <name>proclab::SpeedupChart</name>
    <message>
        <source>worker processes</source>
        <translation>Arbeitsprozesse</translation>
    </message>
    <message>
        <source>efficiency (%)</source>
        <translation>Effizienz (%)</translation>
    </message>
    <message>
        <source>Amdahl's law, serial fraction %L1 (Karp–Flatt)</source>
        <translation>Amdahlsches Gesetz, serieller Anteil %L1 (Karp–Flatt)</translation>
    </message>
    <message>
        <source>Amdahl's law (needs two worker counts)</source>
        <translation>Amdahlsches Gesetz (braucht zwei Arbeiterzahlen)</translation>
    </message>
    <message>
        <source>Speedup against worker count</source>
        <translation>Beschleunigung über der Arbeiterzahl</translation>
    </message>
    <message>
        <source>%1: speedup against worker count</source>
        <translation>%1: Beschleunigung über der Arbeiterzahl</translation>
    </message>
    <message>
        <source>Speedup chart</source>
        <translation>Beschleunigungsdiagramm</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>Python, %1</source>
        <translation>Python, %1</translation>
    </message>
    <message>
        <source>C++</source>
        <translation>C++</translation>
    </message>
    <message>
        <source>speedup, %1</source>
        <translation>Beschleunigung, %1</translation>
    </message>
    <message>
        <source>efficiency, %1 (right axis)</source>
        <translation>Effizienz, %1 (rechte Achse)</translation>
    </message>
    <message>
        <source>Amdahl, %1: serial fraction %L2</source>
        <translation>Amdahl, %1: serieller Anteil %L2</translation>
    </message>
    <message>
        <source>Amdahl, %1: needs two worker counts</source>
        <translation>Amdahl, %1: braucht zwei Arbeiterzahlen</translation>
    </message>
    <message>
        <source>%1, C++ and Python</source>
        <translation>%1, C++ und Python</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s): %1 ms, speedup %L2×, efficiency %L3 %</source>
        <translation>
            <numerusform>%n Arbeiter: %1 ms, Beschleunigung %L2×, Effizienz %L3 %</numerusform>
            <numerusform>%n Arbeiter: %1 ms, Beschleunigung %L2×, Effizienz %L3 %</numerusform>
        </translation>
    </message>
    <message>
        <source>Amdahl, %1: %L2 on ≤ %3 workers, miss %L4</source>
        <translation>Amdahl, %1: %L2 an ≤ %3 Arbeitern, Abweichung %L4</translation>
    </message>
    <message>
        <source>speedup (×)</source>
        <translation>Beschleunigung (×)</translation>
    </message>
    <message>
        <source>ideal</source>
        <translation>ideal</translation>
    </message>
    <message>
        <source>speedup</source>
        <translation>Beschleunigung</translation>
    </message>
    <message>
        <source>efficiency</source>
        <translation>Effizienz</translation>
    </message>
    <message>
        <source>Amdahl f = %L1 (≤ %2 workers, miss %L3)</source>
        <translation>Amdahl f = %L1 (≤ %2 Arbeiter, Abweichung %L3)</translation>
    </message>
    <message numerus="yes">
        <source>%n core(s)</source>
        <translation>
            <numerusform>%n Kern</numerusform>
            <numerusform>%n Kerne</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>proclab::StallMonitor</name>
    <message>
        <source>stopped (SIGSTOP or a debugger): it does nothing until it is continued</source>
        <translation>angehalten (SIGSTOP oder ein Debugger): Er tut nichts, bis er fortgesetzt wird</translation>
    </message>
    <message>
        <source>continued</source>
        <translation>fortgesetzt</translation>
    </message>
</context>
<context>
    <name>proclab::Sweep</name>
    <message>
        <source>C++</source>
        <translation>C++</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>C++ and Python</source>
        <translation>C++ und Python</translation>
    </message>
    <message>
        <source>%1 workers (%2)</source>
        <translation>%1 Arbeiter (%2)</translation>
    </message>
    <message>
        <source>%1 workers</source>
        <translation>%1 Arbeiter</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>MPI</source>
        <translation>MPI</translation>
    </message>
</context>
<context>
    <name>proclab::SweepPanel</name>
    <message>
        <source>Sweep: measured %1 worker(s).</source>
        <translation>Messreihe: %1 Arbeiter gemessen.</translation>
    </message>
    <message numerus="yes">
        <source>Sweep finished: %n point(s).</source>
        <translation>
            <numerusform>Messreihe beendet: %n Punkt.</numerusform>
            <numerusform>Messreihe beendet: %n Punkte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sweep finished with errors: %1</source>
        <translation>Messreihe mit Fehlern beendet: %1</translation>
    </message>
    <message>
        <source>Workers &amp;from:</source>
        <translation>Arbeiter &amp;von:</translation>
    </message>
    <message>
        <source>t&amp;o:</source>
        <translation>&amp;bis:</translation>
    </message>
    <message>
        <source>Fewest workers of the sweep</source>
        <translation>Kleinste Arbeiterzahl der Messreihe</translation>
    </message>
    <message>
        <source>Most workers of the sweep</source>
        <translation>Größte Arbeiterzahl der Messreihe</translation>
    </message>
    <message>
        <source>Run &amp;sweep</source>
        <translation>&amp;Messreihe starten</translation>
    </message>
    <message>
        <source>Stop sweep</source>
        <translation>Messreihe anhalten</translation>
    </message>
    <message>
        <source>Stop after the current run of the sweep</source>
        <translation>Nach dem aktuellen Lauf der Messreihe anhalten</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Diagramm exportieren…</translation>
    </message>
    <message>
        <source>Save the speedup chart as PNG, SVG or PDF</source>
        <translation>Das Beschleunigungsdiagramm als PNG, SVG oder PDF speichern</translation>
    </message>
    <message>
        <source>Sweep: measured %1 worker(s) on %2.</source>
        <translation>Messreihe: %1 Arbeiter mit %2 gemessen.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n point(s)</source>
        <translation>
            <numerusform>%1: %n Punkt</numerusform>
            <numerusform>%1: %n Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>Sweep finished: %1.</source>
        <translation>Messreihe beendet: %1.</translation>
    </message>
    <message>
        <source>Sweep: running %1 to %2 workers, each on C++ and then on Python, one run after another…</source>
        <translation>Messreihe: %1 bis %2 Arbeiter, jede Zahl erst mit C++, dann mit Python, ein Lauf nach dem anderen…</translation>
    </message>
    <message>
        <source>Sweep: running %1 to %2 workers on %3, one run after another…</source>
        <translation>Messreihe: %1 bis %2 Arbeiter mit %3, ein Lauf nach dem anderen…</translation>
    </message>
    <message>
        <source>Run the pool once per worker count, one run after another, and plot speedup and efficiency; with the runtime "both", each count on C++ and then on Python, two curves</source>
        <translation>Den Pool einmal pro Arbeiterzahl laufen lassen, einen Lauf nach dem anderen, und Beschleunigung und Effizienz zeichnen; mit der Laufzeitumgebung „beide“ jede Zahl erst mit C++, dann mit Python: zwei Kurven</translation>
    </message>
    <message numerus="yes">
        <source>Best speedup %L1× at %n worker(s).</source>
        <translation>
            <numerusform>Beste Beschleunigung %L1× mit %n Arbeiter.</numerusform>
            <numerusform>Beste Beschleunigung %L1× mit %n Arbeitern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Serial fraction %L1, fitted on up to %2 worker(s) (the cores).</source>
        <translation>Serieller Anteil %L1, angepasst an bis zu %2 Arbeiter (die Kerne).</translation>
    </message>
    <message>
        <source>Each run: &amp;tasks</source>
        <translation>Jeder Lauf: &amp;Aufgaben</translation>
    </message>
    <message>
        <source>× items</source>
        <translation>× Elemente</translation>
    </message>
    <message>
        <source>How many squares each run of the sweep maps (the tab's Tasks is for single runs)</source>
        <translation>Wie viele Quadrate jeder Lauf der Messreihe berechnet (die Aufgaben des Tabs gelten für einzelne Läufe)</translation>
    </message>
    <message>
        <source>Items of work per task: enough that a run lasts far longer than starting its processes, or the curve measures the start-up</source>
        <translation>Arbeitselemente je Aufgabe: genug, dass ein Lauf viel länger dauert als das Starten seiner Prozesse, sonst misst die Kurve den Start</translation>
    </message>
    <message>
        <source>Measured speedup over one worker (left axis) and efficiency (right axis; C++ and Python curves for the runtime "both"), the ideal line (speedup = workers) and Amdahl's curve for the Karp–Flatt serial fraction f, fitted on the worker counts up to the cores ("miss": its RMS distance from those points); the dotted line marks the cores. Hover a point for its numbers.</source>
        <translation>Gemessene Beschleunigung gegenüber einem Arbeiter (linke Achse) und Effizienz (rechte Achse; Kurven für C++ und Python bei der Laufzeit „both“), die ideale Linie (Beschleunigung = Arbeiter) und Amdahls Kurve für den seriellen Anteil f nach Karp–Flatt, angepasst an die Arbeiterzahlen bis zu den Kernen („Abweichung“: ihr RMS-Abstand zu diesen Punkten); die gepunktete Linie markiert die Kerne. Zeigen Sie auf einen Punkt für seine Zahlen.</translation>
    </message>
</context>
<context>
    <name>proclab::TimelineChart</name>
    <message>
        <source>time since the run started (ms)</source>
        <translation>Zeit seit Start des Laufs (ms)</translation>
    </message>
    <message>
        <source>process (pid)</source>
        <translation>Prozess (PID)</translation>
    </message>
    <message>
        <source>task, coloured by chunk (chunk size %1)</source>
        <translation>Aufgabe, nach Block gefärbt (Blockgröße %1)</translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation>Noch kein Lauf</translation>
    </message>
    <message>
        <source>%1 (processes: %2, running…)</source>
        <translation>%1 (Prozesse: %2, läuft…)</translation>
    </message>
    <message>
        <source>%1 (processes: %2, wall time: %L3 ms)</source>
        <translation>%1 (Prozesse: %2, Gesamtzeit: %L3 ms)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (no pid)</source>
        <translation>%1 (keine PID)</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>r%1</source>
        <translation>R%1</translation>
    </message>
    <message>
        <source>%1, round %2</source>
        <translation>%1, Runde %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (chunk %2)</source>
        <translation>%1 (Block %2)</translation>
    </message>
    <message>
        <source>begin: %L1 ms</source>
        <translation>Beginn: %L1 ms</translation>
    </message>
    <message>
        <source>still going (%L1 ms so far)</source>
        <translation>läuft noch (bisher %L1 ms)</translation>
    </message>
    <message>
        <source>end: %L1 ms</source>
        <translation>Ende: %L1 ms</translation>
    </message>
    <message>
        <source>duration: %L1 ms</source>
        <translation>Dauer: %L1 ms</translation>
    </message>
    <message>
        <source>at %L1 ms</source>
        <translation>bei %L1 ms</translation>
    </message>
    <message>
        <source>launched %1</source>
        <translation>gestartet %1</translation>
    </message>
    <message>
        <source>ready after %L1 ms</source>
        <translation>bereit nach %L1 ms</translation>
    </message>
    <message>
        <source>%1 sent %2</source>
        <translation>%1 gesendet %2</translation>
    </message>
    <message>
        <source>exited with code %1 %2</source>
        <translation>mit Code %1 beendet %2</translation>
    </message>
    <message>
        <source>failed to start (%1)</source>
        <translation>Start fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>killed by the lab's timeout with %1 %2</source>
        <translation>durch das Zeitlimit des Labors mit %1 beendet %2</translation>
    </message>
    <message>
        <source>killed by %1 %2</source>
        <translation>durch %1 getötet %2</translation>
    </message>
    <message>
        <source>Python exitcode: %1</source>
        <translation>Python-exitcode: %1</translation>
    </message>
    <message>
        <source>Timeline chart: one lane per process</source>
        <translation>Zeitleiste: eine Bahn pro Prozess</translation>
    </message>
    <message>
        <source>zombie: exited at %L1 ms, reaped at %L2 ms (%L3 µs)</source>
        <translation>Zombie: beendet bei %L1 ms, eingesammelt bei %L2 ms (%L3 µs)</translation>
    </message>
    <message>
        <source>zombie: exited at %L1 ms, not reaped yet (%L2 µs so far)</source>
        <translation>Zombie: beendet bei %L1 ms, noch nicht eingesammelt (bisher %L2 µs)</translation>
    </message>
    <message>
        <source>exit time: %1</source>
        <translation>Endzeitpunkt: %1</translation>
    </message>
    <message>
        <source>exited %1, exit status unknown</source>
        <translation>beendet %1, Exit-Status unbekannt</translation>
    </message>
    <message>
        <source>critical path</source>
        <translation>kritischer Pfad</translation>
    </message>
    <message>
        <source>waited for %1, the last to arrive (at %L2 ms)</source>
        <translation>wartete auf %1, den Letzten, der ankam (bei %L2 ms)</translation>
    </message>
    <message>
        <source>waited for %1 to release the lock (at %L2 ms)</source>
        <translation>wartete darauf, dass %1 die Sperre freigibt (bei %L2 ms)</translation>
    </message>
    <message>
        <source>took the lock over from %1, who died holding it</source>
        <translation>übernahm die Sperre von %1, der sie haltend starb</translation>
    </message>
    <message>
        <source>what ended the wait is unknown (the runtime cannot tell)</source>
        <translation>was das Warten beendete, ist unbekannt (die Laufzeit kann es nicht sagen)</translation>
    </message>
    <message>
        <source>Filter lanes by name or pid</source>
        <translation>Bahnen nach Name oder PID filtern</translation>
    </message>
    <message>
        <source>Shows only the processes whose name or pid contains this text</source>
        <translation>Zeigt nur die Prozesse, deren Name oder PID diesen Text enthält</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Filter leeren</translation>
    </message>
    <message>
        <source>&amp;Lane height:</source>
        <translation>&amp;Bahnhöhe:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppieren:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>by parent</source>
        <translation>nach Elternprozess</translation>
    </message>
    <message>
        <source>by host</source>
        <translation>nach Rechner</translation>
    </message>
    <message>
        <source>by runtime</source>
        <translation>nach Laufzeitumgebung</translation>
    </message>
    <message>
        <source>Groups the lanes; click a lane's label to collapse its group into one summary lane, or to expand it</source>
        <translation>Gruppiert die Bahnen; ein Klick auf die Beschriftung einer Bahn klappt ihre Gruppe zu einer Übersichtsbahn zusammen oder wieder auf</translation>
    </message>
    <message>
        <source>fit</source>
        <translation>passend</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Height of each lane; taller lanes than fit are scrolled (fit: all lanes share the chart's height)</source>
        <translation>Höhe jeder Bahn; höhere Bahnen als passend werden gescrollt (passend: alle Bahnen teilen sich die Höhe des Diagramms)</translation>
    </message>
    <message>
        <source>How to zoom, scroll, select and filter</source>
        <translation>Wie man zoomt, scrollt, auswählt und filtert</translation>
    </message>
    <message>
        <source>Scroll the lanes</source>
        <translation>Bahnen scrollen</translation>
    </message>
    <message>
        <source>Clear the selected time range</source>
        <translation>Den ausgewählten Zeitbereich aufheben</translation>
    </message>
    <message>
        <source>&lt;b&gt;Timeline controls&lt;/b&gt;&lt;br&gt;Wheel or +/-: zoom time at the pointer&lt;br&gt;Drag (left button): zoom into that time&lt;br&gt;Ctrl+drag: select a time range: per-process statistics below the chart&lt;br&gt;Middle drag, Shift+drag or Left/Right: pan time&lt;br&gt;Shift+wheel, wheel over the labels, Up/Down, PageUp/PageDown: scroll lanes&lt;br&gt;Right click: zoom out; double click, Home or Esc: show everything&lt;br&gt;Click a span or lane: its cause arrows; hover: details&lt;br&gt;Click a lane label (lanes grouped): collapse or expand its group&lt;br&gt;Lane height and the filter box: above the chart</source>
        <translation>&lt;b&gt;Bedienung der Zeitleiste&lt;/b&gt;&lt;br&gt;Mausrad oder +/-: Zeit am Zeiger zoomen&lt;br&gt;Ziehen (linke Taste): in diese Zeit zoomen&lt;br&gt;Strg+Ziehen: Zeitbereich wählen: Statistik je Prozess unter dem Diagramm&lt;br&gt;Mittlere Taste ziehen, Umschalt+Ziehen oder Links/Rechts: Zeit verschieben&lt;br&gt;Umschalt+Mausrad, Mausrad über den Beschriftungen, Auf/Ab, Bild auf/ab: Bahnen scrollen&lt;br&gt;Rechtsklick: herauszoomen; Doppelklick, Pos1 oder Esc: alles zeigen&lt;br&gt;Klick auf Spanne oder Bahn: ihre Ursachenpfeile; Zeigen: Einzelheiten&lt;br&gt;Klick auf eine Bahnbeschriftung (gruppiert): Gruppe zu- oder aufklappen&lt;br&gt;Bahnhöhe und Filterfeld: über dem Diagramm</translation>
    </message>
    <message>
        <source>started by the lab</source>
        <translation>vom Labor gestartet</translation>
    </message>
    <message>
        <source>children of %1</source>
        <translation>Kinder von %1</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>dieser Rechner</translation>
    </message>
    <message>
        <source>unknown runtime</source>
        <translation>unbekannte Laufzeitumgebung</translation>
    </message>
    <message numerus="yes">
        <source>▸ %1: %n process(es)</source>
        <translation>
            <numerusform>▸ %1: %n Prozess</numerusform>
            <numerusform>▸ %1: %n Prozesse</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (ms)</source>
        <translation>%1 (ms)</translation>
    </message>
    <message>
        <source>Selected %L1 to %L2 ms (%L3 ms): time per process in this range</source>
        <translation>Ausgewählt %L1 bis %L2 ms (%L3 ms): Zeit je Prozess in diesem Bereich</translation>
    </message>
</context>
<context>
    <name>proclab::Tutorial</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1, exitcode %2</source>
        <translation>%1, exitcode %2</translation>
    </message>
    <message>
        <source>Assign custom identifiers to processes and measure execution time.</source>
        <translation>Prozessen eigene Bezeichner geben und die Ausführungszeit messen.</translation>
    </message>
    <message>
        <source>Named and unnamed processes executed in parallel, improving performance over sequential runs.</source>
        <translation>Benannte und unbenannte Prozesse liefen parallel und waren schneller als nacheinander.</translation>
    </message>
    <message>
        <source>worker_one output size: 1000</source>
        <translation>Ausgabegröße von worker_one: 1000</translation>
    </message>
    <message>
        <source>unnamed process output size: 1000</source>
        <translation>Ausgabegröße des unbenannten Prozesses: 1000</translation>
    </message>
    <message>
        <source>Duration: 0.43 seconds</source>
        <translation>Dauer: 0,43 Sekunden</translation>
    </message>
    <message>
        <source>Executed in parallel, faster than sequential runs</source>
        <translation>Parallel ausgeführt, schneller als nacheinander</translation>
    </message>
    <message>
        <source>Duration: %1 seconds</source>
        <translation>Dauer: %1 Sekunden</translation>
    </message>
    <message>
        <source>The two work spans overlapped for %1 ms. One after the other they would take %2 ms; the whole run took %3 ms.</source>
        <translation>Die beiden Arbeitsabschnitte überlappten sich %1 ms. Nacheinander bräuchten sie %2 ms; der ganze Lauf dauerte %3 ms.</translation>
    </message>
    <message>
        <source>Dynamically create multiple processes using a loop.</source>
        <translation>Mehrere Prozesse dynamisch in einer Schleife erzeugen.</translation>
    </message>
    <message>
        <source>Demonstrated scalable parallelism with predictable output per worker.</source>
        <translation>Skalierbare Parallelität mit vorhersagbarer Ausgabe pro Arbeiter gezeigt.</translation>
    </message>
    <message>
        <source>Each process handled a workload of i * 1000 independently.</source>
        <translation>Jeder Prozess erledigte unabhängig eine Arbeitsmenge von i * 1000.</translation>
    </message>
    <message>
        <source>Scalable parallelism</source>
        <translation>Skalierbare Parallelität</translation>
    </message>
    <message>
        <source>Finish order: %1. Work of all processes: %2 ms; the run took %3 ms.</source>
        <translation>Reihenfolge des Endes: %1. Arbeit aller Prozesse: %2 ms; der Lauf dauerte %3 ms.</translation>
    </message>
    <message>
        <source>With join() inside the loop they ran one after another: no parallelism.</source>
        <translation>Mit join() in der Schleife liefen sie nacheinander: keine Parallelität.</translation>
    </message>
    <message>
        <source>Showcase process lifecycle — starting, terminating, and joining.</source>
        <translation>Den Lebenszyklus eines Prozesses zeigen – starten, beenden und abwarten.</translation>
    </message>
    <message>
        <source>Validated safe lifecycle handling using .start(), .terminate(), and .join().</source>
        <translation>Sicheren Umgang mit dem Lebenszyklus mit .start(), .terminate() und .join() bestätigt.</translation>
    </message>
    <message>
        <source>Process launched and terminated successfully</source>
        <translation>Prozess erfolgreich gestartet und beendet</translation>
    </message>
    <message>
        <source>Exit status: 0</source>
        <translation>Exit-Status: 0</translation>
    </message>
    <message>
        <source>victim: is_alive() after start() %1, right after the signal %2, after join() %3; %4.</source>
        <translation>victim: is_alive() nach start() %1, direkt nach dem Signal %2, nach join() %3; %4.</translation>
    </message>
    <message>
        <source>Contrast daemon and non-daemon process behavior.</source>
        <translation>Das Verhalten von Daemon- und Nicht-Daemon-Prozessen vergleichen.</translation>
    </message>
    <message>
        <source>Daemons are tied to the main thread’s lifespan; regular processes run independently.</source>
        <translation>Daemons sind an die Lebensdauer des Hauptthreads gebunden; normale Prozesse laufen unabhängig.</translation>
    </message>
    <message>
        <source>Daemon exited with main program</source>
        <translation>Daemon endete mit dem Hauptprogramm</translation>
    </message>
    <message>
        <source>Regular process completed and returned data</source>
        <translation>Normaler Prozess wurde fertig und lieferte Daten</translation>
    </message>
    <message>
        <source>%1 ended at %2 ms (%3); its parent %4 ended at %5 ms (%6).</source>
        <translation>%1 endete bei %2 ms (%3); sein Elternprozess %4 endete bei %5 ms (%6).</translation>
    </message>
    <message>
        <source>%1: output size %2, %3; the parent ended after it: %4.</source>
        <translation>%1: Ausgabegröße %2, %3; der Elternprozess endete danach: %4.</translation>
    </message>
    <message>
        <source>Coordinate process execution using Barrier and Lock.</source>
        <translation>Die Ausführung von Prozessen mit Barrier und Lock koordinieren.</translation>
    </message>
    <message>
        <source>Barrier ensured alignment; Lock protected shared data access.</source>
        <translation>Die Barriere sorgte für Gleichschritt; die Sperre schützte den Zugriff auf gemeinsame Daten.</translation>
    </message>
    <message>
        <source>Processes paused at the barrier and printed results in synchronized order.</source>
        <translation>Prozesse hielten an der Barriere an und gaben Ergebnisse in synchronisierter Reihenfolge aus.</translation>
    </message>
    <message>
        <source>Lock protected shared data access.</source>
        <translation>Die Sperre schützte den Zugriff auf gemeinsame Daten.</translation>
    </message>
    <message numerus="yes">
        <source>%n lock hold(s); overlapping holds: %1.</source>
        <translation>
            <numerusform>%n Sperrbelegung; überlappende Belegungen: %1.</numerusform>
            <numerusform>%n Sperrbelegungen; überlappende Belegungen: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use a process pool for efficient parallel computation.</source>
        <translation>Einen Prozess-Pool für effiziente parallele Berechnung nutzen.</translation>
    </message>
    <message>
        <source>Tasks were evenly distributed across 4 workers, maximizing CPU usage.</source>
        <translation>Die Aufgaben wurden gleichmäßig auf 4 Arbeiter verteilt und lasteten die CPU voll aus.</translation>
    </message>
    <message>
        <source>Computed squares: [0, 1, 4, ..., 81]</source>
        <translation>Berechnete Quadrate: [0, 1, 4, ..., 81]</translation>
    </message>
    <message>
        <source>Tasks were evenly distributed across 4 workers.</source>
        <translation>Die Aufgaben wurden gleichmäßig auf 4 Arbeiter verteilt.</translation>
    </message>
    <message>
        <source>Results: %1</source>
        <translation>Ergebnisse: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n task(s)</source>
        <translation>
            <numerusform>%1: %n Aufgabe</numerusform>
            <numerusform>%1: %n Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 = %2 ms</source>
        <translation>%1 = %2 ms</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Objective:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>The tutorial says</source>
        <translation>Das Tutorial sagt</translation>
    </message>
    <message>
        <source>This run measured</source>
        <translation>Dieser Lauf maß</translation>
    </message>
    <message>
        <source>not measured yet: press Run</source>
        <translation>noch nicht gemessen: Starten drücken</translation>
    </message>
    <message>
        <source>The tutorial's takeaway:</source>
        <translation>Fazit des Tutorials:</translation>
    </message>
    <message>
        <source>Also measured:</source>
        <translation>Außerdem gemessen:</translation>
    </message>
    <message>
        <source>Participant %1 died holding the lock at %2 ms.</source>
        <translation>Teilnehmer %1 starb bei %2 ms, während er die Sperre hielt.</translation>
    </message>
    <message>
        <source>The lock stayed taken: a POSIX semaphore has no owner for the kernel to release it for.</source>
        <translation>Die Sperre blieb belegt: Ein POSIX-Semaphor hat keinen Besitzer, für den der Kernel sie freigeben könnte.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) waiting for it were deadlocked; the lab ended them.</source>
        <translation>
            <numerusform>%n Teilnehmer, der darauf wartete, steckte im Deadlock fest; das Labor hat ihn beendet.</numerusform>
            <numerusform>%n Teilnehmer, die darauf warteten, steckten im Deadlock fest; das Labor hat sie beendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Participant %1 took the lock at %2 ms: the kernel undid the dead holder's acquire (SEM_UNDO).</source>
        <translation>Teilnehmer %1 nahm die Sperre bei %2 ms: Der Kernel hat das Belegen durch den toten Inhaber rückgängig gemacht (SEM_UNDO).</translation>
    </message>
    <message>
        <source>Participant %1 took the lock at %2 ms and was told its owner had died (robust mutex, EOWNERDEAD).</source>
        <translation>Teilnehmer %1 nahm die Sperre bei %2 ms und erfuhr, dass ihr Besitzer gestorben war (robuster Mutex, EOWNERDEAD).</translation>
    </message>
    <message>
        <source>Participant %1 took the lock at %2 ms.</source>
        <translation>Teilnehmer %1 nahm die Sperre bei %2 ms.</translation>
    </message>
    <message>
        <source>Nobody took the lock after it; at the end it was still taken.</source>
        <translation>Danach nahm niemand die Sperre; am Ende war sie noch belegt.</translation>
    </message>
    <message>
        <source>Nobody took the lock after it; at the end it was free.</source>
        <translation>Danach nahm niemand die Sperre; am Ende war sie frei.</translation>
    </message>
    <message>
        <source>Primitives: %1.</source>
        <translation>Primitive: %1.</translation>
    </message>
    <message>
        <source>The program printed: %1</source>
        <translation>Das Programm gab aus: %1</translation>
    </message>
    <message>
        <source>C++ measured</source>
        <translation>Gemessen mit C++</translation>
    </message>
    <message>
        <source>Python measured</source>
        <translation>Gemessen mit Python</translation>
    </message>
    <message>
        <source>Also measured (C++):</source>
        <translation>Außerdem gemessen (C++):</translation>
    </message>
    <message>
        <source>Also measured (Python):</source>
        <translation>Außerdem gemessen (Python):</translation>
    </message>
    <message>
        <source>%1 output size: %2 (asked for %3)</source>
        <translation>%1 Ausgabegröße: %2 (verlangt: %3)</translation>
    </message>
    <message>
        <source>%1 (Python's default name) output size: %2 (asked for %3)</source>
        <translation>%1 (Pythons Standardname) Ausgabegröße: %2 (verlangt: %3)</translation>
    </message>
    <message>
        <source>Output sizes by i: %1 (asked for i × %2)</source>
        <translation>Ausgabegrößen nach i: %1 (verlangt: i × %2)</translation>
    </message>
    <message>
        <source>No two processes worked at the same time.</source>
        <translation>Keine zwei Prozesse arbeiteten gleichzeitig.</translation>
    </message>
    <message>
        <source>No signal was sent: the victim had already ended when the kill was due (%1).</source>
        <translation>Es wurde kein Signal gesendet: das Opfer war schon beendet, als es beendet werden sollte (%1).</translation>
    </message>
    <message>
        <source>0 only for a process that had already finished when terminate() came (finished_first: %1). The terminated victim: %2.</source>
        <translation>0 nur für einen Prozess, der schon fertig war, als terminate() kam (finished_first: %1). Das beendete Opfer: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n barrier round(s); time waiting at the barrier, summed over all participants: %1 ms (the run took %2 ms); rounds someone left before the last arrived: %3.</source>
        <translation>
            <numerusform>%n Barrierenrunde; Wartezeit an der Barriere, über alle Teilnehmer summiert: %1 ms (der Lauf dauerte %2 ms); Runden, die jemand vor der Ankunft des Letzten verließ: %3.</numerusform>
            <numerusform>%n Barrierenrunden; Wartezeit an der Barriere, über alle Teilnehmer summiert: %1 ms (der Lauf dauerte %2 ms); Runden, die jemand vor der Ankunft des Letzten verließ: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>A participant died or stopped making progress, so the lab broke the barrier: the others were released instead of waiting for ever.</source>
        <translation>Ein Teilnehmer starb oder kam nicht mehr voran, also brach das Labor die Barriere: die anderen wurden freigegeben, statt ewig zu warten.</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>trifft zu</translation>
    </message>
    <message>
        <source>does not hold</source>
        <translation>trifft nicht zu</translation>
    </message>
    <message>
        <source>not tested by this run</source>
        <translation>von diesem Lauf nicht geprüft</translation>
    </message>
    <message>
        <source>The parent was killed abruptly, so nobody terminated the daemon: an orphan adopted by the lab, it outlived its parent by %1 ms.</source>
        <translation>Der Elternprozess wurde abrupt getötet, also beendete niemand den Daemon: als vom Labor adoptierte Waise überlebte er seinen Elternprozess um %1 ms.</translation>
    </message>
    <message>
        <source>It outlived its parent by %1 ms.</source>
        <translation>Er überlebte seinen Elternprozess um %1 ms.</translation>
    </message>
    <message>
        <source>terminate() never reached a running process in this run: set kill-after below the duration to see it.</source>
        <translation>terminate() traf in diesem Lauf keinen laufenden Prozess: setzen Sie „Beenden nach“ unter die Dauer, um es zu sehen.</translation>
    </message>
    <message>
        <source>In round %1, %2 waited %3 ms for %4, which had %5x its work.</source>
        <translation>In Runde %1 wartete %2 %3 ms auf %4, der das %5-Fache seiner Arbeit hatte.</translation>
    </message>
</context>
<context>
    <name>proclab::WaitAttributionModel</name>
    <message>
        <source>the lab</source>
        <translation>das Labor</translation>
    </message>
    <message>
        <source>%1 ms for %2</source>
        <translation>%1 ms auf %2</translation>
    </message>
    <message>
        <source>%1 ms for an unknown cause</source>
        <translation>%1 ms aus unbekanntem Grund</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Working (ms)</source>
        <translation>Arbeitend (ms)</translation>
    </message>
    <message>
        <source>Waiting (ms)</source>
        <translation>Wartend (ms)</translation>
    </message>
    <message>
        <source>Waited for</source>
        <translation>Wartete auf</translation>
    </message>
    <message>
        <source>Kept others waiting (ms)</source>
        <translation>Ließ andere warten (ms)</translation>
    </message>
</context>
<context>
    <name>proclab::WaitsPanel</name>
    <message>
        <source>Per process</source>
        <translation>Je Prozess</translation>
    </message>
    <message>
        <source>Who kept whom waiting (ms)</source>
        <translation>Wer wen warten ließ (ms)</translation>
    </message>
    <message>
        <source>Critical path</source>
        <translation>Kritischer Pfad</translation>
    </message>
    <message>
        <source>Arrows for all processes</source>
        <translation>Pfeile für alle Prozesse</translation>
    </message>
    <message>
        <source>Otherwise arrows show for the process or span you click or point at. With more than 16 processes only those show.</source>
        <translation>Sonst erscheinen Pfeile für den Prozess oder die Spanne, die Sie anklicken oder auf die Sie zeigen. Bei mehr als 16 Prozessen erscheinen nur diese.</translation>
    </message>
    <message>
        <source>Who kept whom waiting (ms): each row waited for each column.</source>
        <translation>Wer wen warten ließ (ms): jede Zeile wartete auf jede Spalte.</translation>
    </message>
    <message>
        <source>After a run: who waited for whom, and the critical path.</source>
        <translation>Nach einem Lauf: wer auf wen wartete, und der kritische Pfad.</translation>
    </message>
</context>
</TS>
