<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ChartExportDialog</name>
    <message>
        <source>Export Chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Where to save the chart; the suffix (.png, .svg or .pdf) chooses the format</source>
        <translation>Où enregistrer le graphique ; l’extension (.png, .svg ou .pdf) choisit le format</translation>
    </message>
    <message>
        <source>Choose the file in a dialog</source>
        <translation>Choisir le fichier dans une boîte de dialogue</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Taille :</translation>
    </message>
    <message>
        <source>Width of the chart, in pixels at 96 dpi</source>
        <translation>Largeur du graphique, en pixels à 96 dpi</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Height of the chart, in pixels at 96 dpi</source>
        <translation>Hauteur du graphique, en pixels à 96 dpi</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Résolution :</translation>
    </message>
    <message>
        <source>Resolution: 96 dpi writes a PNG of exactly the chosen size, 192 dpi one twice as sharp</source>
        <translation>Résolution : 96 dpi écrit un PNG exactement à la taille choisie, 192 dpi un PNG deux fois plus net</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Export &amp;Timeline Chart…</source>
        <translation>Exporter la &amp;chronologie…</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>Save this tab's timeline chart as PNG, SVG or PDF</source>
        <translation>Enregistrer la chronologie de cet onglet en PNG, SVG ou PDF</translation>
    </message>
    <message>
        <source>Export &amp;Speedup Chart…</source>
        <translation>Exporter le graphique d’&amp;accélération…</translation>
    </message>
    <message>
        <source>Save the Pool tab's speedup chart as PNG, SVG or PDF</source>
        <translation>Enregistrer le graphique d’accélération de l’onglet Pool en PNG, SVG ou PDF</translation>
    </message>
    <message>
        <source>Export Run as &amp;JSON…</source>
        <translation>Exporter l’exécution en &amp;JSON…</translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>Exporter les données</translation>
    </message>
    <message>
        <source>Save the whole run (processes, spans, results) as JSON</source>
        <translation>Enregistrer toute l’exécution (processus, intervalles, résultats) en JSON</translation>
    </message>
    <message>
        <source>Export Run as &amp;CSV…</source>
        <translation>Exporter l’exécution en &amp;CSV…</translation>
    </message>
    <message>
        <source>Save one row per span as CSV, for spreadsheets</source>
        <translation>Enregistrer une ligne par intervalle en CSV, pour les tableurs</translation>
    </message>
    <message>
        <source>Export Run as Chrome T&amp;race…</source>
        <translation>Exporter l’exécution en t&amp;race Chrome…</translation>
    </message>
    <message>
        <source>Save the run in Chrome's Trace Event format, to open in Perfetto</source>
        <translation>Enregistrer l’exécution au format Trace Event de Chrome, à ouvrir dans Perfetto</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Stop every run and close ProcLab</source>
        <translation>Arrêter toutes les exécutions et fermer ProcLab</translation>
    </message>
    <message>
        <source>Run this tab's scenario with its parameters (F5)</source>
        <translation>Lancer le scénario de cet onglet avec ses paramètres (F5)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Kill every process of this tab's run (Shift+F5)</source>
        <translation>Tuer tous les processus de l’exécution de cet onglet (Maj+F5)</translation>
    </message>
    <message>
        <source>Run Speedup S&amp;weep</source>
        <translation>Lancer la &amp;série d’accélération</translation>
    </message>
    <message>
        <source>Run the pool once per worker count and plot the speedup</source>
        <translation>Exécuter le pool une fois par nombre de travailleurs et tracer l’accélération</translation>
    </message>
    <message>
        <source>Reset &amp;Parameters</source>
        <translation>Réinitialiser les &amp;paramètres</translation>
    </message>
    <message>
        <source>Set this tab's parameters back to the tutorial's defaults</source>
        <translation>Remettre les paramètres de cet onglet aux valeurs du tutoriel</translation>
    </message>
    <message>
        <source>Reset &amp;Zoom</source>
        <translation>Réinitialiser le &amp;zoom</translation>
    </message>
    <message>
        <source>Show the whole run on the timeline again</source>
        <translation>Afficher à nouveau toute l’exécution sur la chronologie</translation>
    </message>
    <message>
        <source>&amp;Next Scenario</source>
        <translation>Scénario &amp;suivant</translation>
    </message>
    <message>
        <source>Go to the next scenario tab</source>
        <translation>Aller à l’onglet de scénario suivant</translation>
    </message>
    <message>
        <source>&amp;Previous Scenario</source>
        <translation>Scénario &amp;précédent</translation>
    </message>
    <message>
        <source>Go to the previous scenario tab</source>
        <translation>Aller à l’onglet de scénario précédent</translation>
    </message>
    <message>
        <source>&amp;About ProcLab</source>
        <translation>À &amp;propos de ProcLab</translation>
    </message>
    <message>
        <source>What ProcLab is and which version this is</source>
        <translation>Ce qu’est ProcLab et de quelle version il s’agit</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>The Qt version ProcLab runs on</source>
        <translation>La version de Qt sur laquelle ProcLab fonctionne</translation>
    </message>
</context>
<context>
    <name>NameOnlyIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Special file</source>
        <translation>Fichier spécial</translation>
    </message>
</context>
<context>
    <name>ScenarioTab</name>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Break it on purpose</source>
        <translation>Tout casser, exprès</translation>
    </message>
    <message>
        <source>Start a run with these parameters (F5)</source>
        <translation>Lancer une exécution avec ces paramètres (F5)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <source>Kill every process of the run and keep what was measured (Shift+F5)</source>
        <translation>Tuer tous les processus de l’exécution et garder ce qui a été mesuré (Maj+F5)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>A&amp;rrêter</translation>
    </message>
    <message>
        <source>What the current run is doing</source>
        <translation>Ce que fait l’exécution en cours</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Prêt.</translation>
    </message>
    <message>
        <source>Tutorial vs. this run</source>
        <translation>Tutoriel face à cette exécution</translation>
    </message>
    <message>
        <source>&lt;b&gt;Timeline&lt;/b&gt; – one lane per process</source>
        <translation>&lt;b&gt;Chronologie&lt;/b&gt; – une ligne par processus</translation>
    </message>
    <message>
        <source>Show the whole run again (Ctrl+0)</source>
        <translation>Afficher à nouveau toute l’exécution (Ctrl+0)</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Réinitialiser le zoom</translation>
    </message>
    <message>
        <source>Save the timeline chart as PNG, SVG or PDF</source>
        <translation>Enregistrer la chronologie en PNG, SVG ou PDF</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Exporter le graphique…</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Every process of the run: identity, state, exit status and where its time went</source>
        <translation>Chaque processus de l’exécution : identité, état, statut de sortie et emploi de son temps</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>error: cannot write the screenshot to %1: %2</source>
        <translation>erreur : impossible d’écrire la capture d’écran dans %1 : %2</translation>
    </message>
    <message>
        <source>error: --tab must be one of naming, spawning, killing, daemons, barrier, pool, not '%1'</source>
        <translation>erreur : --tab doit valoir naming, spawning, killing, daemons, barrier ou pool, et non « %1 »</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <source>ProcLab makes operating-system multiprocessing visible: real worker processes, shared-memory barriers and locks, timelines and speedup charts.</source>
        <translation>ProcLab rend visible le multitraitement du système d’exploitation : de vrais processus de travail, des barrières et des verrous en mémoire partagée, des chronologies et des graphiques d’accélération.</translation>
    </message>
    <message>
        <source>Open the window, run the tab's defaults, save a picture of the window to FILE and exit.</source>
        <translation>Ouvrir la fenêtre, exécuter l’onglet avec ses valeurs par défaut, enregistrer une image de la fenêtre dans FILE et quitter.</translation>
    </message>
    <message>
        <source>The tab to open: naming, spawning, killing, daemons, barrier or pool.</source>
        <translation>L’onglet à ouvrir : naming, spawning, killing, daemons, barrier ou pool.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>error: no display to open the lab window on. Use --batch or --screenshot, or run it under xvfb-run.</source>
        <translation>erreur : aucun écran pour ouvrir la fenêtre du labo. Utilisez --batch ou --screenshot, ou lancez-le sous xvfb-run.</translation>
    </message>
    <message>
        <source>With --screenshot: the window's size, e.g. 1024x700 (default 1280x860).</source>
        <translation>Avec --screenshot : la taille de la fenêtre, par ex. 1024x700 (par défaut 1280x860).</translation>
    </message>
    <message>
        <source>error: --size must be WIDTHxHEIGHT between 320x240 and 7680x4320, not '%1'</source>
        <translation>erreur : --size doit être LARGEURxHAUTEUR entre 320x240 et 7680x4320, et non « %1 »</translation>
    </message>
    <message>
        <source>%1: stopping the run and writing what it collected (again: exit at once)</source>
        <translation>%1 : arrêt de l’exécution et écriture de ce qu’elle a recueilli (une seconde fois : sortie immédiate)</translation>
    </message>
    <message>
        <source>With --screenshot: take the picture MS milliseconds after the run starts, while it goes, instead of after it.</source>
        <translation>Avec --screenshot : prendre l’image MS millisecondes après le début de l’exécution, pendant qu’elle se déroule, plutôt qu’après.</translation>
    </message>
    <message>
        <source>error: --detail must be processes, waits, ipc or speedup (where the tab has it), not '%1'</source>
        <translation>erreur : --detail doit valoir processes, waits, ipc ou speedup (là où l’onglet l’a), pas « %1 »</translation>
    </message>
    <message>
        <source>With --screenshot: the page below the timeline: processes, waits, ipc or speedup.</source>
        <translation>Avec --screenshot : la page sous la chronologie : processes, waits, ipc ou speedup.</translation>
    </message>
</context>
<context>
    <name>proclab::Arena</name>
    <message>
        <source>cannot initialise the shared lock</source>
        <translation>impossible d’initialiser le verrou partagé</translation>
    </message>
    <message>
        <source>the shared memory %1 does not hold a task queue</source>
        <translation>la mémoire partagée %1 ne contient pas de file de tâches</translation>
    </message>
    <message>
        <source>the run key %1 is too long</source>
        <translation>la clé d’exécution %1 est trop longue</translation>
    </message>
</context>
<context>
    <name>proclab::BarrierScenario</name>
    <message>
        <source>was killed by signal %1</source>
        <translation>a été tué par le signal %1</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>failed to start</source>
        <translation>échec du démarrage</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>s’est terminé avec le code %1</translation>
    </message>
    <message>
        <source>participant %1 (%2) made no progress for %3 ms while others waited; it was killed and the barrier broken</source>
        <translation>le participant %1 (%2) n’a pas progressé pendant %3 ms alors que d’autres attendaient ; il a été tué et la barrière rompue</translation>
    </message>
    <message>
        <source>the barrier made no progress for %1 ms while participants waited; it was broken</source>
        <translation>la barrière n’a pas progressé pendant %1 ms alors que des participants attendaient ; elle a été rompue</translation>
    </message>
    <message>
        <source>participant %1 (%2) did not end after the barrier was broken and was killed</source>
        <translation>le participant %1 (%2) ne s’est pas terminé après la rupture de la barrière et a été tué</translation>
    </message>
    <message>
        <source> (it reported: %1)</source>
        <translation> (il a signalé : %1)</translation>
    </message>
    <message>
        <source>participant %1 (%2) %3%4; the barrier was broken so that the others could end</source>
        <translation>le participant %1 (%2) %3%4 ; la barrière a été rompue pour que les autres puissent finir</translation>
    </message>
    <message>
        <source>participant %1 (%2) was stopped (SIGSTOP or a debugger): the run cannot go on; it was killed and the barrier broken so that the others could end</source>
        <translation>le participant %1 (%2) a été arrêté (SIGSTOP ou un débogueur) : l’exécution ne peut pas continuer ; il a été tué et la barrière rompue pour que les autres puissent finir</translation>
    </message>
    <message>
        <source>process %1 (%2) was stopped (SIGSTOP or a debugger): the run could not end while it was; it was killed</source>
        <translation>le processus %1 (%2) a été arrêté (SIGSTOP ou un débogueur) : l’exécution ne pouvait pas se terminer tant qu’il l’était ; il a été tué</translation>
    </message>
    <message>
        <source>made no progress for %1 ms while the others waited: hung</source>
        <translation>n’a pas progressé pendant %1 ms alors que les autres attendaient : bloqué</translation>
    </message>
    <message>
        <source>cannot create the barrier and lock (%1 primitives): %2</source>
        <translation>impossible de créer la barrière et le verrou (primitives %1) : %2</translation>
    </message>
    <message>
        <source>waited for a lock that no one can give back; killed by the lab</source>
        <translation>attendait un verrou que personne ne peut rendre ; tué par le labo</translation>
    </message>
    <message>
        <source>participant %1 (%2) died holding the lock. A POSIX semaphore has no owner, so nothing gave the lock back: it stayed taken, which is the deadlock Python's documentation warns about for Process.terminate().</source>
        <translation>le participant %1 (%2) est mort en détenant le verrou. Un sémaphore POSIX n’a pas de propriétaire, donc rien n’a rendu le verrou : il est resté pris, et c’est l’interblocage contre lequel la documentation de Python met en garde pour Process.terminate().</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) waiting for it would have waited for ever; the lab killed them to end the run.</source>
        <translation>
            <numerusform>%n participant qui l’attendait aurait attendu éternellement ; le labo l’a tué pour terminer l’exécution.</numerusform>
            <numerusform>%n participants qui l’attendaient auraient attendu éternellement ; le labo les a tués pour terminer l’exécution.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>proclab::Batch</name>
    <message>
        <source>Number of processes, participants or pool workers.</source>
        <translation>Nombre de processus, de participants ou de travailleurs du pool.</translation>
    </message>
    <message>
        <source>Items per do_something call.</source>
        <translation>Éléments par appel de do_something.</translation>
    </message>
    <message>
        <source>Barrier rounds.</source>
        <translation>Tours de barrière.</translation>
    </message>
    <message>
        <source>Pool input size n (squares of range(n)).</source>
        <translation>Taille d’entrée n du pool (carrés de range(n)).</translation>
    </message>
    <message>
        <source>Pool chunk size (0: Python's default).</source>
        <translation>Taille des paquets du pool (0 : valeur par défaut de Python).</translation>
    </message>
    <message>
        <source>Milliseconds before the signal is sent.</source>
        <translation>Millisecondes avant l’envoi du signal.</translation>
    </message>
    <message>
        <source>Milliseconds a long-running worker works.</source>
        <translation>Millisecondes de travail d’un travailleur de longue durée.</translation>
    </message>
    <message>
        <source>Random seed for uneven work.</source>
        <translation>Graine aléatoire pour le travail inégal.</translation>
    </message>
    <message>
        <source>Time limit of each run in milliseconds.</source>
        <translation>Limite de temps de chaque exécution en millisecondes.</translation>
    </message>
    <message>
        <source>Run SCENARIO headless and exit. One of: %1, all.</source>
        <translation>Exécuter SCENARIO sans fenêtre puis quitter. Au choix : %1, all.</translation>
    </message>
    <message>
        <source>Directory for the data files and charts.</source>
        <translation>Répertoire des fichiers de données et des graphiques.</translation>
    </message>
    <message>
        <source>Signal for the killing scenario: term or kill.</source>
        <translation>Signal pour le scénario Killing : term ou kill.</translation>
    </message>
    <message>
        <source>Spawning: join() inside the loop, as the tutorial's mistake does.</source>
        <translation>Spawning : join() dans la boucle, comme l’erreur du tutoriel.</translation>
    </message>
    <message>
        <source>Daemons: kill the parent abruptly to show orphaned children.</source>
        <translation>Daemons : tuer brutalement le parent pour montrer les enfants orphelins.</translation>
    </message>
    <message>
        <source>Pool: one run per worker count A to B, for the speedup chart.</source>
        <translation>Pool : une exécution par nombre de travailleurs de A à B, pour le graphique d’accélération.</translation>
    </message>
    <message>
        <source>Chart image formats, comma separated: png, svg, pdf.</source>
        <translation>Formats d’image des graphiques, séparés par des virgules : png, svg, pdf.</translation>
    </message>
    <message>
        <source>--batch: unknown scenario '%1'; allowed: %2, all</source>
        <translation>--batch : scénario inconnu « %1 » ; autorisés : %2, all</translation>
    </message>
    <message>
        <source>--out: a directory for the results is required</source>
        <translation>--out : un répertoire pour les résultats est requis</translation>
    </message>
    <message>
        <source>--%1 does not apply to the %2 scenario</source>
        <translation>--%1 ne s’applique pas au scénario %2</translation>
    </message>
    <message>
        <source>--%1 applies to no scenario</source>
        <translation>--%1 ne s’applique à aucun scénario</translation>
    </message>
    <message>
        <source>--%1 must be an integer between %2 and %3, not '%4'</source>
        <translation>--%1 doit être un entier entre %2 et %3, et non « %4 »</translation>
    </message>
    <message>
        <source>--signal must be term or kill, not '%1'</source>
        <translation>--signal doit valoir term ou kill, et non « %1 »</translation>
    </message>
    <message>
        <source>--kill-parent applies to the daemons scenario only</source>
        <translation>--kill-parent ne s’applique qu’au scénario daemons</translation>
    </message>
    <message>
        <source>--sweep applies to the pool scenario only</source>
        <translation>--sweep ne s’applique qu’au scénario pool</translation>
    </message>
    <message>
        <source>--sweep must be A-B with %1 &lt;= A &lt;= B &lt;= %2, not '%3'</source>
        <translation>--sweep doit être A-B avec %1 &lt;= A &lt;= B &lt;= %2, et non « %3 »</translation>
    </message>
    <message>
        <source>--format: unknown image format '%1'; allowed: png, svg, pdf</source>
        <translation>--format : format d’image inconnu « %1 » ; autorisés : png, svg, pdf</translation>
    </message>
    <message>
        <source>--format: give at least one of png, svg, pdf</source>
        <translation>--format : indiquer au moins un format parmi png, svg, pdf</translation>
    </message>
    <message>
        <source>error: cannot create the output directory %1</source>
        <translation>erreur : impossible de créer le répertoire de sortie %1</translation>
    </message>
    <message>
        <source>error: the output directory %1 is not writable</source>
        <translation>erreur : le répertoire de sortie %1 n’est pas accessible en écriture</translation>
    </message>
    <message>
        <source>%1: %2 processes, wall %3 ms</source>
        <translation>%1 : %2 processus, durée totale %3 ms</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1 : erreur : %2</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>  wrote %1</source>
        <translation>  %1 écrit</translation>
    </message>
    <message>
        <source>sweep: error: %1</source>
        <translation>série : erreur : %1</translation>
    </message>
    <message>
        <source>%1 sweep: %2 points</source>
        <translation>série %1 : %2 points</translation>
    </message>
    <message>
        <source>interrupted by %1</source>
        <translation>interrompue par %1</translation>
    </message>
    <message>
        <source>Barrier &amp; Lock: what the lock and barrier are built from: qt (QSystemSemaphore), posix (sem_open, as Python), futex.</source>
        <translation>Barrière &amp; verrou : de quoi sont faits le verrou et la barrière : qt (QSystemSemaphore), posix (sem_open, comme Python), futex.</translation>
    </message>
    <message>
        <source>Barrier &amp; Lock: break it: kill-holder (kill the lock holder inside its critical section) or exit-after-last-barrier.</source>
        <translation>Barrière &amp; verrou : tout casser : kill-holder (tuer le détenteur du verrou dans sa section critique) ou exit-after-last-barrier.</translation>
    </message>
    <message>
        <source>Barrier &amp; Lock and Pool: write the run's kernel objects (as last seen while it ran, and whether each is gone after it) into the run file.</source>
        <translation>Barrière &amp; verrou et Pool : écrire les objets noyau de l’exécution (tels que vus en dernier pendant l’exécution, et si chacun a disparu ensuite) dans le fichier de l’exécution.</translation>
    </message>
    <message>
        <source>--%1 must be one of %2, not '%3'</source>
        <translation>--%1 doit valoir une valeur parmi %2, et non « %3 »</translation>
    </message>
    <message>
        <source>  kernel objects at %1 ms:</source>
        <translation>  objets noyau à %1 ms :</translation>
    </message>
    <message numerus="yes">
        <source>  after the run: all %n object(s) gone</source>
        <translation>
            <numerusform>  après l’exécution : %n objet disparu</numerusform>
            <numerusform>  après l’exécution : les %n objets ont tous disparu</numerusform>
        </translation>
    </message>
    <message>
        <source>  after the run: objects left behind:</source>
        <translation>  après l’exécution : objets restés en place :</translation>
    </message>
    <message>
        <source>Python runtime: multiprocessing's start method.</source>
        <translation>Environnement d’exécution Python : méthode de démarrage de multiprocessing.</translation>
    </message>
    <message>
        <source>--%1 applies to the C++ runtime only (Python's multiprocessing brings its own POSIX semaphores)</source>
        <translation>--%1 ne s’applique qu’à l’environnement d’exécution C++ (multiprocessing de Python apporte ses propres sémaphores POSIX)</translation>
    </message>
    <message>
        <source>--start-method applies to the Python runtime only (add --runtime python)</source>
        <translation>--start-method ne s’applique qu’à l’environnement d’exécution Python (ajouter --runtime python)</translation>
    </message>
    <message>
        <source>%1 sweep: %2 C++ and %3 Python points</source>
        <translation>série %1 : %2 points C++ et %3 points Python</translation>
    </message>
    <message>
        <source>Who runs the scenario: cpp (the lab's C++ workers), python (the tutorial's own program in CPython multiprocessing, traced), both (one after the other) or both-together (at the same time); Python's files are S-python.*. barrier and pool also take mpi (MPI ranks under mpirun, files S-mpi.*; --workers is the number of ranks).</source>
        <translation>Qui exécute le scénario : cpp (les travailleurs C++ du labo), python (le programme même du tutoriel dans le multiprocessing de CPython, suivi par traçage), both (l’un après l’autre) ou both-together (en même temps) ; les fichiers de Python s’appellent S-python.*. barrier et pool acceptent aussi mpi (rangs MPI sous mpirun, fichiers S-mpi.* ; --workers est le nombre de rangs).</translation>
    </message>
    <message>
        <source>MPI runtime: run the ranks on the hosts of this Open MPI hostfile (its host and slots=N lines are mpirun's); default: this machine.</source>
        <translation>Environnement MPI : exécuter les rangs sur les hôtes de ce fichier d’hôtes Open MPI (ses lignes host et slots=N sont lues par mpirun) ; par défaut : cette machine.</translation>
    </message>
    <message>
        <source>--%1 %2 applies to %3 only</source>
        <translation>--%1 %2 ne s’applique qu’à %3</translation>
    </message>
    <message>
        <source>--hostfile applies to the MPI runtime only (add --runtime mpi)</source>
        <translation>--hostfile ne s’applique qu’à l’environnement MPI (ajoutez --runtime mpi)</translation>
    </message>
    <message>
        <source>--hostfile: cannot read '%1'</source>
        <translation>--hostfile : impossible de lire « %1 »</translation>
    </message>
    <message>
        <source>--primitives applies to the C++ runtime only (MPI ranks meet at MPI_Barrier and lock with MPI-3 RMA atomics)</source>
        <translation>--primitives ne s’applique qu’à l’environnement C++ (les rangs MPI se retrouvent à MPI_Barrier et verrouillent avec les opérations atomiques RMA de MPI-3)</translation>
    </message>
    <message>
        <source>--break: the MPI runtime takes none or kill-holder</source>
        <translation>--break : l’environnement MPI accepte none ou kill-holder</translation>
    </message>
</context>
<context>
    <name>proclab::ChartExport</name>
    <message>
        <source>%1 x %2 pixels is too large for a PNG (at most %3 per side)</source>
        <translation>%1 × %2 pixels, c’est trop grand pour un PNG (au plus %3 par côté)</translation>
    </message>
    <message>
        <source>not enough memory for a %1 x %2 image</source>
        <translation>pas assez de mémoire pour une image de %1 × %2</translation>
    </message>
    <message>
        <source>cannot encode PNG for %1</source>
        <translation>impossible d’encoder le PNG pour %1</translation>
    </message>
    <message>
        <source>Chart exported by ProcLab</source>
        <translation>Graphique exporté par ProcLab</translation>
    </message>
    <message>
        <source>there is no chart to export</source>
        <translation>il n’y a aucun graphique à exporter</translation>
    </message>
    <message>
        <source>cannot export %1: unknown image format '%2'; use .png, .svg or .pdf</source>
        <translation>impossible d’exporter %1 : format d’image inconnu « %2 » ; utiliser .png, .svg ou .pdf</translation>
    </message>
    <message>
        <source>cannot export %1: size %2 x %3 is out of range (16 to %4)</source>
        <translation>impossible d’exporter %1 : la taille %2 × %3 est hors limites (16 à %4)</translation>
    </message>
    <message>
        <source>cannot export %1: resolution %2 dpi is out of range (%3 to %4)</source>
        <translation>impossible d’exporter %1 : la résolution %2 dpi est hors limites (%3 à %4)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot render the chart into %1: %2</source>
        <translation>impossible de dessiner le graphique dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>proclab::ChartExportDialog</name>
    <message>
        <source>Export Chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Please end the file name with .png, .svg or .pdf: the suffix chooses the format.</source>
        <translation>Veuillez terminer le nom de fichier par .png, .svg ou .pdf : l’extension choisit le format.</translation>
    </message>
</context>
<context>
    <name>proclab::ChartPalette</name>
    <message>
        <source>work</source>
        <translation>travail</translation>
    </message>
    <message>
        <source>barrier wait</source>
        <translation>attente à la barrière</translation>
    </message>
    <message>
        <source>lock wait</source>
        <translation>attente du verrou</translation>
    </message>
    <message>
        <source>lock hold</source>
        <translation>verrou détenu</translation>
    </message>
    <message>
        <source>task</source>
        <translation>tâche</translation>
    </message>
    <message>
        <source>launch</source>
        <translation>lancement</translation>
    </message>
    <message>
        <source>signal sent</source>
        <translation>signal envoyé</translation>
    </message>
    <message>
        <source>exit (normal)</source>
        <translation>sortie (normale)</translation>
    </message>
    <message>
        <source>exit (killed)</source>
        <translation>sortie (tué)</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>zombie</source>
        <translation>zombie</translation>
    </message>
    <message>
        <source>exit (error)</source>
        <translation>fin (erreur)</translation>
    </message>
    <message>
        <source>exit (status unknown)</source>
        <translation>fin (statut inconnu)</translation>
    </message>
</context>
<context>
    <name>proclab::CodePanel</name>
    <message>
        <source>The tutorial's code and claims, checked against this run</source>
        <translation>Le code et les affirmations du tutoriel, vérifiés sur cette exécution</translation>
    </message>
</context>
<context>
    <name>proclab::CriticalPathModel</name>
    <message>
        <source>being launched (the lab's launch overhead)</source>
        <translation>en cours de lancement (surcoût de lancement du labo)</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>waiting, no one to blame</source>
        <translation>en attente, sans responsable</translation>
    </message>
    <message>
        <source>woken by %1's arrival at the barrier</source>
        <translation>réveillé par l’arrivée de %1 à la barrière</translation>
    </message>
    <message>
        <source>woken by %1's release of the lock</source>
        <translation>réveillé par la libération du verrou par %1</translation>
    </message>
    <message>
        <source>took over the lock from %1, who died holding it</source>
        <translation>a repris le verrou de %1, mort en le tenant</translation>
    </message>
    <message>
        <source>woken by %1</source>
        <translation>réveillé par %1</translation>
    </message>
    <message>
        <source>the lab joining %1 (join overhead)</source>
        <translation>le labo attend %1 (surcoût du join)</translation>
    </message>
    <message>
        <source>From (ms)</source>
        <translation>Depuis (ms)</translation>
    </message>
    <message>
        <source>Length (ms)</source>
        <translation>Durée (ms)</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>No critical path: the run has no process that exited.</source>
        <translation>Pas de chemin critique : aucun processus de l’exécution ne s’est terminé.</translation>
    </message>
    <message>
        <source>Critical path: %1 ms of the %2 ms wall time, walked back from the last exit. Of the wall time: running %3%, waiting %4%, the lab's launch and join overhead %5%.</source>
        <translation>Chemin critique : %1 ms sur les %2 ms de durée totale, remonté depuis la dernière fin. De la durée totale : en cours %3 %, en attente %4 %, surcoût de lancement et de join du labo %5 %.</translation>
    </message>
</context>
<context>
    <name>proclab::EventParser</name>
    <message>
        <source>unknown span kind</source>
        <translation>type d’intervalle inconnu</translation>
    </message>
    <message>
        <source>expected key=value after the span kind</source>
        <translation>clé=valeur attendu après le type d’intervalle</translation>
    </message>
    <message>
        <source>span attribute is not a non-negative integer</source>
        <translation>l’attribut d’intervalle n’est pas un entier positif ou nul</translation>
    </message>
    <message>
        <source>unknown or repeated span attribute</source>
        <translation>attribut d’intervalle inconnu ou répété</translation>
    </message>
    <message>
        <source>tasks needs begin and end offsets</source>
        <translation>tasks nécessite des décalages de début et de fin</translation>
    </message>
    <message>
        <source>task offset out of range</source>
        <translation>décalage de tâche hors limites</translation>
    </message>
    <message>
        <source>task offset is not a non-negative integer</source>
        <translation>le décalage de tâche n’est pas un entier positif ou nul</translation>
    </message>
    <message>
        <source>more than %1 tasks in one line</source>
        <translation>plus de %1 tâches sur une ligne</translation>
    </message>
    <message>
        <source>task ends before it begins</source>
        <translation>la tâche finit avant de commencer</translation>
    </message>
    <message>
        <source>task without an end offset</source>
        <translation>tâche sans décalage de fin</translation>
    </message>
    <message>
        <source>task index out of range</source>
        <translation>indice de tâche hors limites</translation>
    </message>
    <message>
        <source>unexpected trailing fields</source>
        <translation>champs supplémentaires inattendus en fin de ligne</translation>
    </message>
    <message>
        <source>expected a non-negative integer</source>
        <translation>entier positif ou nul attendu</translation>
    </message>
    <message>
        <source>exit code out of range 0-255</source>
        <translation>code de sortie hors de l’intervalle 0–255</translation>
    </message>
    <message>
        <source>spawn needs a child id and a child pid</source>
        <translation>spawn nécessite un identifiant et un pid d’enfant</translation>
    </message>
    <message>
        <source>spawn mode must be daemon or regular</source>
        <translation>le mode de spawn doit être daemon ou regular</translation>
    </message>
    <message>
        <source>spawn needs a child name</source>
        <translation>spawn nécessite un nom d’enfant</translation>
    </message>
    <message>
        <source>reaped needs a child id, normal|signal and a code</source>
        <translation>reaped nécessite un identifiant d’enfant, normal|signal et un code</translation>
    </message>
    <message>
        <source>empty note</source>
        <translation>note vide</translation>
    </message>
    <message>
        <source>tasks needs a first task index</source>
        <translation>tasks nécessite un premier indice de tâche</translation>
    </message>
    <message>
        <source>unknown event type</source>
        <translation>type d’événement inconnu</translation>
    </message>
    <message>
        <source>empty line</source>
        <translation>ligne vide</translation>
    </message>
    <message>
        <source>control character in line</source>
        <translation>caractère de contrôle dans la ligne</translation>
    </message>
    <message>
        <source>bad timestamp</source>
        <translation>horodatage invalide</translation>
    </message>
    <message>
        <source>bad pid</source>
        <translation>pid invalide</translation>
    </message>
    <message>
        <source>bad process id</source>
        <translation>identifiant de processus invalide</translation>
    </message>
    <message>
        <source>missing event type</source>
        <translation>type d’événement manquant</translation>
    </message>
    <message>
        <source>cause needs a span kind and a cause event</source>
        <translation>cause demande un type d’intervalle et un événement cause</translation>
    </message>
    <message>
        <source>cause needs a process id and a timestamp</source>
        <translation>cause demande un identifiant de processus et un horodatage</translation>
    </message>
    <message>
        <source>signal_sent needs a child id and a signal</source>
        <translation>signal_sent demande un identifiant d’enfant et un signal</translation>
    </message>
    <message>
        <source>only a barrier_wait begin with its round can end with last</source>
        <translation>seul un begin barrier_wait avec son tour peut finir par last</translation>
    </message>
    <message>
        <source>taskrun needs task durations</source>
        <translation>taskrun demande des durées de tâches</translation>
    </message>
    <message>
        <source>cause= belongs once on an end, as event:process:ns-before or unknown</source>
        <translation>cause= ne figure qu'une fois, sur un end, sous la forme événement:processus:ns-avant ou unknown</translation>
    </message>
</context>
<context>
    <name>proclab::EventStream</name>
    <message>
        <source>line longer than %1 bytes</source>
        <translation>ligne de plus de %1 octets</translation>
    </message>
    <message>
        <source>line cut off before its end</source>
        <translation>ligne coupée avant sa fin</translation>
    </message>
</context>
<context>
    <name>proclab::ExitStamp</name>
    <message>
        <source>measured by the kernel (pidfd)</source>
        <translation>mesuré par le noyau (pidfd)</translation>
    </message>
    <message>
        <source>reported by the process itself</source>
        <translation>signalé par le processus lui-même</translation>
    </message>
    <message>
        <source>when the lab noticed</source>
        <translation>quand le labo l’a remarqué</translation>
    </message>
</context>
<context>
    <name>proclab::Export</name>
    <message>
        <source>not a %1 document</source>
        <translation>pas un document %1</translation>
    </message>
    <message>
        <source>process %1 has id %2; ids must be 0, 1, 2, … in order</source>
        <translation>le processus %1 a l’identifiant %2 ; les identifiants doivent être 0, 1, 2, … dans l’ordre</translation>
    </message>
    <message>
        <source>process %1 has an unknown exit kind</source>
        <translation>le processus %1 a un type de sortie inconnu</translation>
    </message>
    <message>
        <source>process %1 has a span of unknown kind</source>
        <translation>le processus %1 a un intervalle de type inconnu</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>proclab::IpcObjectModel</name>
    <message>
        <source>gone</source>
        <translation>disparu</translation>
    </message>
    <message>
        <source>LEFT BEHIND</source>
        <translation>RESTÉ EN PLACE</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>(while running)</source>
        <translation>(pendant l’exécution)</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Kernel name</source>
        <translation>Nom dans le noyau</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>After the run</source>
        <translation>Après l’exécution</translation>
    </message>
    <message>
        <source>System V shared memory</source>
        <translation>mémoire partagée System V</translation>
    </message>
    <message>
        <source>System V semaphore</source>
        <translation>sémaphore System V</translation>
    </message>
    <message>
        <source>POSIX semaphore</source>
        <translation>sémaphore POSIX</translation>
    </message>
    <message>
        <source>robust mutex</source>
        <translation>mutex robuste</translation>
    </message>
    <message>
        <source>futex barrier</source>
        <translation>barrière futex</translation>
    </message>
    <message>
        <source>barrier (as CPython)</source>
        <translation>barrière (comme CPython)</translation>
    </message>
    <message>
        <source>barrier (semaphores)</source>
        <translation>barrière (sémaphores)</translation>
    </message>
    <message>
        <source>task queue</source>
        <translation>file de tâches</translation>
    </message>
    <message>
        <source>counter</source>
        <translation>compteur</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>waiters</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>waiting for zero</source>
        <translation>en attente de zéro</translation>
    </message>
    <message>
        <source>last pid</source>
        <translation>dernier pid</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <source>size</source>
        <translation>taille</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>creator pid</source>
        <translation>pid du créateur</translation>
    </message>
    <message>
        <source>attached</source>
        <translation>attachés</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>propriétaire</translation>
    </message>
    <message>
        <source>owner died</source>
        <translation>propriétaire mort</translation>
    </message>
    <message>
        <source>holder (recorded)</source>
        <translation>détenteur (enregistré)</translation>
    </message>
    <message>
        <source>parties</source>
        <translation>participants</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>arrivés</translation>
    </message>
    <message>
        <source>generation</source>
        <translation>génération</translation>
    </message>
    <message>
        <source>sleeping</source>
        <translation>endormis</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>rompue</translation>
    </message>
    <message>
        <source>state</source>
        <translation>état</translation>
    </message>
    <message>
        <source>count</source>
        <translation>compte</translation>
    </message>
    <message>
        <source>slots</source>
        <translation>places</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>tâches</translation>
    </message>
    <message>
        <source>chunk size</source>
        <translation>taille des paquets</translation>
    </message>
    <message>
        <source>next index</source>
        <translation>indice suivant</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>arrive %1/%2</source>
        <comment>participant's arrive semaphore of a round phase</comment>
        <translation>arrivée %1/%2</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>segment</translation>
    </message>
    <message>
        <source>lock</source>
        <translation>verrou</translation>
    </message>
    <message>
        <source>barrier</source>
        <translation>barrière</translation>
    </message>
    <message>
        <source>exit gate</source>
        <translation>porte de sortie</translation>
    </message>
    <message>
        <source>condition lock</source>
        <translation>verrou de la condition</translation>
    </message>
    <message>
        <source>condition sleeping</source>
        <translation>endormis de la condition</translation>
    </message>
    <message>
        <source>condition woken</source>
        <translation>réveillés de la condition</translation>
    </message>
    <message>
        <source>condition wait</source>
        <translation>attente de la condition</translation>
    </message>
</context>
<context>
    <name>proclab::KeptWaitingModel</name>
    <message>
        <source>%1 waited %2 ms for %3</source>
        <translation>%1 a attendu %3 pendant %2 ms</translation>
    </message>
    <message>
        <source>%1 waited for…</source>
        <translation>%1 a attendu…</translation>
    </message>
    <message>
        <source>…%1</source>
        <translation>…%1</translation>
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
        <translation>À propos de ProcLab</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ProcLab %1&lt;/h3&gt;&lt;p&gt;A lab for operating-system multiprocessing. It re-creates the six scenarios of a Python &lt;tt&gt;multiprocessing&lt;/tt&gt; tutorial with real worker processes and shows what happens: every process a lane on a timeline, every barrier wait and lock hold a span, every run a point on a speedup chart.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Licensed under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ProcLab %1&lt;/h3&gt;&lt;p&gt;Un laboratoire du multitraitement dans le système d’exploitation. Il recrée les six scénarios d’un tutoriel Python sur &lt;tt&gt;multiprocessing&lt;/tt&gt; avec de vrais processus de travail et montre ce qui se passe : chaque processus une ligne sur une chronologie, chaque attente à la barrière et chaque détention du verrou un intervalle, chaque exécution un point sur un graphique d’accélération.&lt;/p&gt;&lt;p&gt;Construit avec Qt %2. Sous licence MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The tutorial's %1</source>
        <translation>%1 du tutoriel</translation>
    </message>
    <message>
        <source>The language of the whole window; switches at once</source>
        <translation>La langue de toute la fenêtre ; change immédiatement</translation>
    </message>
    <message numerus="yes">
        <source>%n core(s)</source>
        <translation>
            <numerusform>%n cœur</numerusform>
            <numerusform>%n cœurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Processor cores available to the runs: more workers than this cannot run at the same time</source>
        <translation>Cœurs de processeur disponibles pour les exécutions : plus de travailleurs que cela ne peuvent pas tourner en même temps</translation>
    </message>
    <message>
        <source>Quit ProcLab</source>
        <translation>Quitter ProcLab</translation>
    </message>
    <message>
        <source>A run is still going. Quit anyway? Every process of it will be killed; its data is not saved.</source>
        <translation>Une exécution est en cours. Quitter quand même ? Tous ses processus seront tués ; ses données ne sont pas enregistrées.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>proclab::MpiScenario</name>
    <message>
        <source>mpirun was not found: the MPI runtime needs Open MPI (the Debian packages openmpi-bin and libopenmpi-dev, installed by scripts/setup.sh)</source>
        <translation>mpirun est introuvable : l’environnement MPI a besoin d’Open MPI (les paquets Debian openmpi-bin et libopenmpi-dev, installés par scripts/setup.sh)</translation>
    </message>
    <message>
        <source>proclab-mpi-worker was not built (it needs libopenmpi-dev at build time)</source>
        <translation>proclab-mpi-worker n’a pas été compilé (il a besoin de libopenmpi-dev à la compilation)</translation>
    </message>
    <message>
        <source>the MPI runtime runs the Barrier &amp; Lock and Pool scenarios only</source>
        <translation>l’environnement MPI n’exécute que les scénarios Barrière &amp; verrou et Pool</translation>
    </message>
    <message>
        <source>on MPI ranks the lab can break a run by killing the lock holder only</source>
        <translation>sur des rangs MPI, le labo ne peut casser une exécution qu’en tuant le détenteur du verrou</translation>
    </message>
    <message>
        <source>the hostfile %1 cannot be read</source>
        <translation>le fichier d’hôtes %1 est illisible</translation>
    </message>
    <message>
        <source>cannot create the run's directory: %1</source>
        <translation>impossible de créer le dossier de l’exécution : %1</translation>
    </message>
    <message>
        <source>rank %1</source>
        <translation>rang %1</translation>
    </message>
    <message>
        <source>rank %1 runs where the lab cannot signal it; the lab ended the job</source>
        <translation>le rang %1 tourne là où le labo ne peut pas lui envoyer de signal ; le labo a arrêté le job</translation>
    </message>
    <message>
        <source>process %1 (%2) was stopped (SIGSTOP or a debugger): every other rank waits for it; the lab killed it, and MPI ends the job</source>
        <translation>le processus %1 (%2) a été suspendu (SIGSTOP ou un débogueur) : tous les autres rangs l’attendent ; le labo l’a tué, et MPI arrête le job</translation>
    </message>
    <message>
        <source>a rank left an MPI_Barrier before the last rank had arrived</source>
        <translation>un rang a quitté une MPI_Barrier avant l’arrivée du dernier rang</translation>
    </message>
    <message>
        <source>two ranks held the MPI lock at the same time</source>
        <translation>deux rangs ont tenu le verrou MPI en même temps</translation>
    </message>
    <message>
        <source>the counter incremented under the MPI lock is %1, not %2: increments were lost</source>
        <translation>le compteur incrémenté sous le verrou MPI vaut %1, pas %2 : des incréments ont été perdus</translation>
    </message>
    <message>
        <source>rank 0 did not gather the results</source>
        <translation>le rang 0 n’a pas rassemblé les résultats</translation>
    </message>
    <message>
        <source>%1 of %2 tasks did not run exactly once (%3 missing, %4 more than once)</source>
        <translation>%1 tâches sur %2 n’ont pas tourné exactement une fois (%3 manquantes, %4 plusieurs fois)</translation>
    </message>
    <message>
        <source>%1 gathered results are not the square of their index</source>
        <translation>%1 résultats rassemblés ne sont pas le carré de leur indice</translation>
    </message>
    <message>
        <source>mpirun ended with %1: %2</source>
        <translation>mpirun s’est terminé avec %1 : %2</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <source>signal %1</source>
        <translation>signal %1</translation>
    </message>
    <message>
        <source>it said nothing</source>
        <translation>il n’a rien dit</translation>
    </message>
    <message>
        <source>MPI is fail-stop: %1 was killed, and mpirun ended the job: %2 of the other %3 ranks ended without finishing, the last %4 ms after it; mpirun exited with %5</source>
        <translation>MPI est fail-stop : %1 a été tué, et mpirun a arrêté le job : %2 des %3 autres rangs se sont terminés sans finir, le dernier %4 ms après lui ; mpirun s’est terminé avec %5</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>rank %1 wrote to stderr: %2</source>
        <translation>le rang %1 a écrit sur stderr : %2</translation>
    </message>
    <message>
        <source>the run's directory %1 could not be removed</source>
        <translation>le dossier %1 de l’exécution n’a pas pu être supprimé</translation>
    </message>
</context>
<context>
    <name>proclab::ParameterPanel</name>
    <message>
        <source>items</source>
        <translation>éléments</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>processes</source>
        <translation>processus</translation>
    </message>
    <message>
        <source>rounds</source>
        <translation>tours</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>tâches</translation>
    </message>
    <message>
        <source>&amp;Workers:</source>
        <translation>&amp;Travailleurs :</translation>
    </message>
    <message>
        <source>Wor&amp;kload:</source>
        <translation>&amp;Charge :</translation>
    </message>
    <message>
        <source>&amp;Rounds:</source>
        <translation>&amp;Tours :</translation>
    </message>
    <message>
        <source>&amp;Tasks:</source>
        <translation>T&amp;âches :</translation>
    </message>
    <message>
        <source>&amp;Chunk size:</source>
        <translation>Taille des &amp;paquets :</translation>
    </message>
    <message>
        <source>&amp;Kill after:</source>
        <translation>&amp;Tuer après :</translation>
    </message>
    <message>
        <source>&amp;Signal:</source>
        <translation>&amp;Signal :</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>&amp;Graine :</translation>
    </message>
    <message>
        <source>Mistake:</source>
        <translation>Erreur :</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Durée :</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>Limite de temps :</translation>
    </message>
    <message>
        <source>How many processes take part in the barrier (Python: Barrier(N)).</source>
        <translation>Combien de processus participent à la barrière (Python : Barrier(N)).</translation>
    </message>
    <message>
        <source>How many worker processes the pool starts (Python: Pool(processes=N)).</source>
        <translation>Combien de processus de travail le pool démarre (Python : Pool(processes=N)).</translation>
    </message>
    <message>
        <source>How many processes the loop starts.</source>
        <translation>Combien de processus la boucle démarre.</translation>
    </message>
    <message>
        <source>Items per step: process i fills a list with i × this many random numbers.</source>
        <translation>Éléments par pas : le processus i remplit une liste avec i × autant de nombres aléatoires.</translation>
    </message>
    <message>
        <source>Extra random numbers each task generates, so that tasks take measurable time.</source>
        <translation>Nombres aléatoires supplémentaires que chaque tâche génère, pour que les tâches prennent un temps mesurable.</translation>
    </message>
    <message>
        <source>How many random numbers each do_something() call puts into its list.</source>
        <translation>Combien de nombres aléatoires chaque appel de do_something() met dans sa liste.</translation>
    </message>
    <message>
        <source>How many times every participant works, meets the others at the barrier and enters the critical section.</source>
        <translation>Combien de fois chaque participant travaille, retrouve les autres à la barrière et entre dans la section critique.</translation>
    </message>
    <message>
        <source>The pool maps square() over range(n): this is n.</source>
        <translation>Le pool applique square() à range(n) : ceci est n.</translation>
    </message>
    <message>
        <source>How many tasks a worker takes at once; 0 uses Python's default, ceil(n / (4 × workers)).</source>
        <translation>Combien de tâches un travailleur prend à la fois ; 0 utilise la valeur par défaut de Python, ceil(n / (4 × travailleurs)).</translation>
    </message>
    <message>
        <source>How long the victim runs before the lab sends it the signal.</source>
        <translation>Combien de temps la victime tourne avant que le labo lui envoie le signal.</translation>
    </message>
    <message>
        <source>terminate() sends SIGTERM (15); kill() sends SIGKILL (9), which cannot be caught.</source>
        <translation>terminate() envoie SIGTERM (15) ; kill() envoie SIGKILL (9), qui ne peut pas être intercepté.</translation>
    </message>
    <message>
        <source>Seed for the uneven work of each participant: the same seed repeats the same run.</source>
        <translation>Graine du travail inégal de chaque participant : la même graine répète la même exécution.</translation>
    </message>
    <message>
        <source>Call join() inside the start loop, the tutorial's mistake: each process must finish before the next starts, so nothing runs in parallel.</source>
        <translation>Appeler join() dans la boucle de démarrage, l’erreur du tutoriel : chaque processus doit finir avant que le suivant démarre, donc rien ne tourne en parallèle.</translation>
    </message>
    <message>
        <source>How long the parent and its children work.</source>
        <translation>Combien de temps le parent et ses enfants travaillent.</translation>
    </message>
    <message>
        <source>How long the victim would run if nobody stopped it.</source>
        <translation>Combien de temps la victime tournerait si personne ne l’arrêtait.</translation>
    </message>
    <message>
        <source>The lab kills every process still running after this time.</source>
        <translation>Le labo tue tout processus encore en cours après ce délai.</translation>
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
        <translation>join() dans la boucle</translation>
    </message>
    <message>
        <source>default</source>
        <translation>défaut</translation>
    </message>
    <message>
        <source>&amp;Primitives:</source>
        <translation>&amp;Primitives :</translation>
    </message>
    <message>
        <source>&amp;Break it:</source>
        <translation>Tout ca&amp;sser :</translation>
    </message>
    <message>
        <source>Qt – QSystemSemaphore</source>
        <translation>Qt – QSystemSemaphore</translation>
    </message>
    <message>
        <source>POSIX – sem_open, as Python</source>
        <translation>POSIX – sem_open, comme Python</translation>
    </message>
    <message>
        <source>futex – robust mutex</source>
        <translation>futex – mutex robuste</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>kill the lock holder in its critical section</source>
        <translation>tuer le détenteur du verrou dans sa section critique</translation>
    </message>
    <message>
        <source>exit right after the last barrier</source>
        <translation>se terminer juste après la dernière barrière</translation>
    </message>
    <message>
        <source>What the lock and the barrier are built from. Qt: QSystemSemaphore (System V, undone by the kernel when a process exits). POSIX: named semaphores, as Python's multiprocessing uses (no undo). futex: a robust mutex that tells the next holder when the last one died.</source>
        <translation>De quoi sont faits le verrou et la barrière. Qt : QSystemSemaphore (System V, le noyau annule ses opérations quand un processus se termine). POSIX : sémaphores nommés, comme ceux qu’utilise multiprocessing de Python (sans annulation). futex : un mutex robuste qui prévient le détenteur suivant quand le précédent est mort.</translation>
    </message>
    <message>
        <source>Break the run on purpose and watch what each family of primitives does: kill the lock holder inside its critical section, or let the participants exit the moment they pass the last barrier.</source>
        <translation>Casser l’exécution exprès et observer ce que fait chaque famille de primitives : tuer le détenteur du verrou dans sa section critique, ou laisser les participants se terminer dès qu’ils passent la dernière barrière.</translation>
    </message>
    <message>
        <source>R&amp;untime:</source>
        <translation>&amp;Environnement :</translation>
    </message>
    <message>
        <source>Start &amp;method:</source>
        <translation>Dé&amp;marrage :</translation>
    </message>
    <message>
        <source>C++ workers</source>
        <translation>travailleurs C++</translation>
    </message>
    <message>
        <source>the tutorial's Python</source>
        <translation>le Python du tutoriel</translation>
    </message>
    <message>
        <source>both: C++, then Python</source>
        <translation>les deux : C++, puis Python</translation>
    </message>
    <message>
        <source>C++ workers started by the lab, or the tutorial's own program run by CPython's multiprocessing and traced live by the lab's tracing module.</source>
        <translation>Des travailleurs C++ lancés par le labo, ou le programme même du tutoriel, exécuté par multiprocessing de CPython et suivi en direct par le module de traçage du labo.</translation>
    </message>
    <message>
        <source>How Python's multiprocessing starts a process: fork (copy the parent), spawn (a fresh interpreter) or forkserver (forked from a server process; the default from Python 3.14).</source>
        <translation>Comment multiprocessing de Python démarre un processus : fork (copier le parent), spawn (un interpréteur neuf) ou forkserver (créé par fork à partir d’un processus serveur ; la valeur par défaut à partir de Python 3.14).</translation>
    </message>
    <message>
        <source>The most is %L1.</source>
        <translation>Au plus %L1.</translation>
    </message>
    <message>
        <source>The least is %L1.</source>
        <translation>Au moins %L1.</translation>
    </message>
    <message>
        <source>both at the same time</source>
        <translation>les deux en même temps</translation>
    </message>
    <message>
        <source>MPI ranks (mpirun)</source>
        <translation>rangs MPI (mpirun)</translation>
    </message>
    <message>
        <source>Barrier &amp; Lock or Pool on MPI ranks started by mpirun (Open MPI), on this machine or a hostfile's hosts; clocks aligned to rank 0's.</source>
        <translation>Barrière &amp; verrou ou Pool sur des rangs MPI lancés par mpirun (Open MPI), sur cette machine ou les hôtes d’un fichier d’hôtes ; horloges alignées sur celle du rang 0.</translation>
    </message>
</context>
<context>
    <name>proclab::PoolScenario</name>
    <message>
        <source>cannot create the task queue: %1</source>
        <translation>impossible de créer la file de tâches : %1</translation>
    </message>
    <message>
        <source>pool worker %1 (%2) %3</source>
        <translation>travailleur du pool %1 (%2) %3</translation>
    </message>
    <message>
        <source>%1 of %2 tasks were never run</source>
        <translation>%1 tâches sur %2 n’ont jamais été exécutées</translation>
    </message>
    <message>
        <source>%1 tasks ran more than once</source>
        <translation>%1 tâches ont été exécutées plus d’une fois</translation>
    </message>
    <message>
        <source> while holding tasks %1</source>
        <translation> alors qu’il détenait les tâches %1</translation>
    </message>
    <message>
        <source>pool worker %1 (%2) %3%4</source>
        <translation>le travailleur du pool %1 (%2) %3%4</translation>
    </message>
    <message>
        <source>pool worker %1 (%2) %3%4%5: the pool is broken (as concurrent.futures reports BrokenProcessPool); the other workers were told to stop, the results so far are kept</source>
        <translation>le travailleur du pool %1 (%2) %3%4%5 : le pool est cassé (comme concurrent.futures le signale par BrokenProcessPool) ; les autres travailleurs ont reçu l’ordre de se terminer, les résultats obtenus jusqu’ici sont conservés</translation>
    </message>
    <message>
        <source>pool worker %1 (%2) was stopped (SIGSTOP or a debugger)%3: the run cannot go on; it was killed and the pool broken (the other workers were told to stop, the results so far are kept)</source>
        <translation>le travailleur du pool %1 (%2) a été arrêté (SIGSTOP ou un débogueur)%3 : l’exécution ne peut pas continuer ; il a été tué et le pool cassé (les autres travailleurs ont reçu l’ordre de se terminer, les résultats obtenus jusqu’ici sont conservés)</translation>
    </message>
    <message>
        <source>completed no task for %1 ms while tasks remained: hung</source>
        <translation>n’a terminé aucune tâche pendant %1 ms alors qu’il en restait : bloqué</translation>
    </message>
    <message>
        <source>pool worker %1 (%2) is hung: no task was completed for %3 ms while tasks remained, and it holds tasks %4; it was killed and the pool broken (the other workers were told to stop, the results so far are kept)</source>
        <translation>le travailleur du pool %1 (%2) est bloqué : aucune tâche n’a été terminée pendant %3 ms alors qu’il en restait, et il détient les tâches %4 ; il a été tué et le pool cassé (les autres travailleurs ont reçu l’ordre de se terminer, les résultats obtenus jusqu’ici sont conservés)</translation>
    </message>
    <message>
        <source>the pool completed no task for %1 ms while tasks remained; it was broken</source>
        <translation>le pool n’a terminé aucune tâche pendant %1 ms alors qu’il en restait ; il a été cassé</translation>
    </message>
    <message>
        <source>pool worker %1 (%2) did not end after the pool was broken and was killed</source>
        <translation>le travailleur du pool %1 (%2) ne s’est pas terminé une fois le pool cassé et a été tué</translation>
    </message>
    <message>
        <source>%1 tasks were lost (%2): pool worker %3 (%4) held them and ended without running them</source>
        <translation>%1 tâches ont été perdues (%2) : le travailleur du pool %3 (%4) les détenait et s’est terminé sans les exécuter</translation>
    </message>
    <message>
        <source>%1 tasks done according to shared memory have no span (%2): pool worker %3 (%4) ended before reporting them; they count as done</source>
        <translation>%1 tâches terminées selon la mémoire partagée n’ont pas d’intervalle (%2) : le travailleur du pool %3 (%4) s’est terminé avant de les signaler ; elles comptent comme terminées</translation>
    </message>
    <message>
        <source>%1 of %2 tasks were not run: the pool broke first</source>
        <translation>%1 tâches sur %2 n’ont pas été exécutées : le pool a été cassé avant</translation>
    </message>
    <message>
        <source>%1 of %2 tasks were not run: the run was ended first</source>
        <translation>%1 tâches sur %2 n’ont pas été exécutées : l’exécution a été arrêtée avant</translation>
    </message>
</context>
<context>
    <name>proclab::PosixObjects</name>
    <message>
        <source>cannot create the semaphore %1: %2</source>
        <translation>impossible de créer le sémaphore %1 : %2</translation>
    </message>
</context>
<context>
    <name>proclab::ProcessSupervisor</name>
    <message>
        <source>process %1 (%2) did not finish in time and was killed</source>
        <translation>le processus %1 (%2) n’a pas fini à temps et a été tué</translation>
    </message>
    <message>
        <source>process %1 (%2): bad event line "%3": %4</source>
        <translation>processus %1 (%2) : ligne d’événement invalide « %3 » : %4</translation>
    </message>
    <message>
        <source>process %1 (%2) wrote to stderr: %3</source>
        <translation>le processus %1 (%2) a écrit sur stderr : %3</translation>
    </message>
    <message>
        <source>process %1 (%2) failed to start: %3 (%4)</source>
        <translation>le processus %1 (%2) n’a pas pu démarrer : %3 (%4)</translation>
    </message>
    <message>
        <source>further errors not shown</source>
        <translation>autres erreurs non affichées</translation>
    </message>
    <message>
        <source>exited; its status could not be collected</source>
        <translation>terminé ; son statut n’a pas pu être récupéré</translation>
    </message>
    <message>
        <source>its parent ended without reporting how it ended</source>
        <translation>son parent s’est terminé sans indiquer comment ce processus avait fini</translation>
    </message>
    <message>
        <source>orphaned: its parent died without joining it; the lab sent SIGKILL</source>
        <translation>orphelin : son parent est mort sans l’attendre avec join() ; le labo a envoyé SIGKILL</translation>
    </message>
    <message>
        <source>process %1 (%2) exited without reporting ready</source>
        <translation>le processus %1 (%2) s’est terminé sans s’être déclaré prêt</translation>
    </message>
    <message numerus="yes">
        <source>(%n more like it)</source>
        <translation>
            <numerusform>(%n autre du même type)</numerusform>
            <numerusform>(%n autres du même type)</numerusform>
        </translation>
    </message>
    <message>
        <source>orphaned: its parent died without joining it; adopted by the lab (as by init), it runs on</source>
        <translation>orphelin : son parent est mort sans l’attendre ; adopté par le labo (comme par init), il continue</translation>
    </message>
    <message>
        <source>process %1 (%2) did not finish in time and could not be killed: %3</source>
        <translation>le processus %1 (%2) n’a pas fini à temps et n’a pas pu être tué : %3</translation>
    </message>
</context>
<context>
    <name>proclab::ProcessTableModel</name>
    <message>
        <source>not started</source>
        <translation>non démarré</translation>
    </message>
    <message>
        <source>zombie</source>
        <translation>zombie</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>killed</source>
        <translation>tué</translation>
    </message>
    <message>
        <source>failed to start</source>
        <translation>échec du démarrage</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <source>signal %1 (%2)</source>
        <translation>signal %1 (%2)</translation>
    </message>
    <message>
        <source>time limit, signal %1 (%2)</source>
        <translation>limite de temps, signal %1 (%2)</translation>
    </message>
    <message>
        <source>unknown (status not collected)</source>
        <translation>inconnu (statut non récupéré)</translation>
    </message>
    <message>
        <source>%1 (daemon)</source>
        <translation>%1 (démon)</translation>
    </message>
    <message>
        <source>Process.exitcode: the exit code, or minus the signal number that ended the process</source>
        <translation>Process.exitcode : le code de sortie, ou moins le numéro du signal qui a terminé le processus</translation>
    </message>
    <message>
        <source>What waitpid() reported for this process</source>
        <translation>Ce que waitpid() a rapporté pour ce processus</translation>
    </message>
    <message>
        <source>Exit time: %1</source>
        <translation>Instant de sortie : %1</translation>
    </message>
    <message>
        <source>Reaped as it exited: no time as a zombie</source>
        <translation>Récupéré dès sa fin : aucun temps passé en zombie</translation>
    </message>
    <message>
        <source>A zombie (exited, not yet reaped) for %L1 µs</source>
        <translation>Zombie (terminé, pas encore récupéré) pendant %L1 µs</translation>
    </message>
    <message>
        <source>Time spent in do_something() or in pool tasks</source>
        <translation>Temps passé dans do_something() ou dans les tâches du pool</translation>
    </message>
    <message>
        <source>Time spent waiting at the barrier or for the lock</source>
        <translation>Temps passé à attendre à la barrière ou le verrou</translation>
    </message>
    <message>
        <source>Time spent inside the critical section</source>
        <translation>Temps passé dans la section critique</translation>
    </message>
    <message>
        <source>Items the process produced: the tutorial's "output size"</source>
        <translation>Éléments produits par le processus : la « output size » du tutoriel</translation>
    </message>
    <message>
        <source>When the process exited, in ms since the run started (a cell's tooltip says who measured it)</source>
        <translation>Quand le processus s’est terminé, en ms depuis le début de l’exécution (l’info-bulle d’une cellule indique qui l’a mesuré)</translation>
    </message>
    <message>
        <source>When its exit status was collected (Python's join()), in ms since the run started; in between the process is a zombie</source>
        <translation>Quand son statut de sortie a été récupéré (join() de Python), en ms depuis le début de l’exécution ; entre-temps, le processus est un zombie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Exit (OS)</source>
        <translation>Sortie (système)</translation>
    </message>
    <message>
        <source>exitcode (Python)</source>
        <translation>exitcode (Python)</translation>
    </message>
    <message>
        <source>Exited (ms)</source>
        <translation>Terminé (ms)</translation>
    </message>
    <message>
        <source>Reaped (ms)</source>
        <translation>Récupéré (ms)</translation>
    </message>
    <message>
        <source>Output size</source>
        <translation>Taille de sortie</translation>
    </message>
    <message>
        <source>Working (ms)</source>
        <translation>Travail (ms)</translation>
    </message>
    <message>
        <source>Waiting (ms)</source>
        <translation>Attente (ms)</translation>
    </message>
    <message>
        <source>Holding lock (ms)</source>
        <translation>Verrou détenu (ms)</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
</context>
<context>
    <name>proclab::PythonScenario</name>
    <message>
        <source>process %1 (%2) ended with Python exit code %3</source>
        <translation>le processus %1 (%2) s’est terminé avec l’exitcode Python %3</translation>
    </message>
    <message>
        <source>after %1 nothing happened for %2 s: the program waits for it for ever (Python's Barrier and join() have no timeout); the lab ended the run</source>
        <translation>%1 ; ensuite, rien ne s’est passé pendant %2 s : le programme l’attend éternellement (Barrier et join() de Python n’ont pas de limite de temps) ; le labo a terminé l’exécution</translation>
    </message>
    <message>
        <source>python3 was not found: the Python runtime needs the Debian package python3 (the C++ runtime works without it)</source>
        <translation>python3 est introuvable : l’environnement d’exécution Python nécessite le paquet Debian python3 (l’environnement d’exécution C++ fonctionne sans)</translation>
    </message>
    <message>
        <source>the tracing module or the tutorial program was not found in %1</source>
        <translation>le module de traçage ou le programme du tutoriel est introuvable dans %1</translation>
    </message>
    <message>
        <source>process %1 (%2) was stopped (SIGSTOP or a debugger): the program could not go on while it was; the lab killed it</source>
        <translation>le processus %1 (%2) a été arrêté (SIGSTOP ou un débogueur) : le programme ne pouvait pas continuer tant qu’il l’était ; le labo l’a tué</translation>
    </message>
    <message>
        <source>after %1 the pool is broken: that worker's chunk never comes back, and Pool.map() waits for it for ever (nothing happened for %2 s); the lab ended the run</source>
        <translation>après que %1, le pool est cassé : le paquet de ce travailleur ne reviendra jamais, et Pool.map() l’attend indéfiniment (rien ne s’est passé pendant %2 s) ; le labo a arrêté l’exécution</translation>
    </message>
    <message>
        <source>process %1 (%2) was killed by signal %3 (%4), which the program did not send: Python exit code %5</source>
        <translation>le processus %1 (%2) a été tué par le signal %3 (%4), que le programme n'a pas envoyé : code de sortie Python %5</translation>
    </message>
    <message>
        <source>cannot create the run's directory: %1</source>
        <translation>impossible de créer le dossier de l’exécution : %1</translation>
    </message>
    <message>
        <source>the run's directory %1 could not be removed</source>
        <translation>le dossier %1 de l’exécution n’a pas pu être supprimé</translation>
    </message>
</context>
<context>
    <name>proclab::RunRecorder</name>
    <message>
        <source>event for unknown process id %1</source>
        <translation>événement pour un identifiant de processus inconnu %1</translation>
    </message>
    <message>
        <source>pid %1 does not match process %2 (pid %3)</source>
        <translation>le pid %1 ne correspond pas au processus %2 (pid %3)</translation>
    </message>
    <message>
        <source>process %1 reported ready twice</source>
        <translation>le processus %1 s’est déclaré prêt deux fois</translation>
    </message>
    <message>
        <source>span %1 began twice without ending</source>
        <translation>l’intervalle %1 a commencé deux fois sans finir</translation>
    </message>
    <message>
        <source>span %1 ended without beginning</source>
        <translation>l’intervalle %1 a fini sans avoir commencé</translation>
    </message>
    <message>
        <source>span %1 ended with another round or task than it began</source>
        <translation>l’intervalle %1 a fini avec un autre tour ou une autre tâche qu’au début</translation>
    </message>
    <message>
        <source>span ends before it begins</source>
        <translation>l’intervalle finit avant de commencer</translation>
    </message>
    <message>
        <source>spawn of child %1 that was not reserved for process %2</source>
        <translation>lancement de l’enfant %1 qui n’était pas réservé au processus %2</translation>
    </message>
    <message>
        <source>reaped child %1 that process %2 never spawned</source>
        <translation>enfant %1 récupéré que le processus %2 n’a jamais lancé</translation>
    </message>
    <message>
        <source>child %1 reaped twice</source>
        <translation>enfant %1 récupéré deux fois</translation>
    </message>
    <message>
        <source>unhandled event</source>
        <translation>événement non traité</translation>
    </message>
    <message>
        <source>tasks line without task times</source>
        <translation>ligne tasks sans temps de tâche</translation>
    </message>
    <message>
        <source>task index out of range</source>
        <translation>indice de tâche hors limites</translation>
    </message>
    <message>
        <source>tasks reported while a task span is open</source>
        <translation>tasks signalé alors qu’un intervalle de tâche est ouvert</translation>
    </message>
    <message>
        <source>task %1 has a negative or backwards span</source>
        <translation>la tâche %1 a un intervalle négatif ou inversé</translation>
    </message>
    <message>
        <source>reaped with signal %1, which does not exist</source>
        <translation>récupéré avec le signal %1, qui n’existe pas</translation>
    </message>
    <message>
        <source>exit code out of range 0-255</source>
        <translation>code de sortie hors de l’intervalle 0–255</translation>
    </message>
    <message>
        <source>took over the lock from a holder that died holding it</source>
        <translation>a repris le verrou d’un détenteur mort pendant qu’il le détenait</translation>
    </message>
    <message>
        <source>process %1 may not report for process %2</source>
        <translation>le processus %1 n’est pas autorisé à signaler des événements pour le processus %2</translation>
    </message>
    <message>
        <source>process %1 reported before it was started</source>
        <translation>le processus %1 a signalé un événement avant d’avoir été démarré</translation>
    </message>
    <message>
        <source>timestamp before the process was launched</source>
        <translation>horodatage antérieur au lancement du processus</translation>
    </message>
    <message>
        <source>timestamp in the future</source>
        <translation>horodatage dans le futur</translation>
    </message>
    <message>
        <source>round %1 out of range 0-%2</source>
        <translation>tour %1 hors de l’intervalle 0–%2</translation>
    </message>
    <message>
        <source>task %1 out of range 0-%2</source>
        <translation>tâche %1 hors de l’intervalle 0–%2</translation>
    </message>
    <message>
        <source>the run's budget of %1 spans is spent</source>
        <translation>le budget de %1 intervalles de l’exécution est épuisé</translation>
    </message>
    <message>
        <source>output of %1 items is more than the run allows (%2)</source>
        <translation>une sortie de %1 éléments dépasse ce que l’exécution autorise (%2)</translation>
    </message>
    <message>
        <source>signal sent to child %1 that process %2 never spawned</source>
        <translation>signal envoyé à l’enfant %1 que le processus %2 n’a jamais créé</translation>
    </message>
    <message>
        <source>cause for a %1 span that did not end or already has one</source>
        <translation>cause pour un intervalle %1 qui ne s’est pas terminé ou en a déjà une</translation>
    </message>
    <message>
        <source>a process cannot report a %1 cause</source>
        <translation>un processus ne peut pas signaler une cause %1</translation>
    </message>
    <message>
        <source>cause names process %1, which is not another process of the run</source>
        <translation>la cause nomme le processus %1, qui n’est pas un autre processus de l’exécution</translation>
    </message>
    <message>
        <source>cause time outside the run</source>
        <translation>instant de la cause hors de l’exécution</translation>
    </message>
    <message>
        <source>a second last arrival in barrier round %1</source>
        <translation>une deuxième dernière arrivée au tour %1 de la barrière</translation>
    </message>
</context>
<context>
    <name>proclab::Scenario</name>
    <message>
        <source>Naming</source>
        <translation>Nommage</translation>
    </message>
    <message>
        <source>Spawning</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Killing</source>
        <translation>Arrêt forcé</translation>
    </message>
    <message>
        <source>Daemons</source>
        <translation>Démons</translation>
    </message>
    <message>
        <source>Barrier &amp; Lock</source>
        <translation>Barrière &amp; verrou</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>the run exceeded its time limit of %1 ms; all processes were killed</source>
        <translation>l’exécution a dépassé sa limite de %1 ms ; tous les processus ont été tués</translation>
    </message>
    <message>
        <source>stopped by the user</source>
        <translation>arrêtée par l’utilisateur</translation>
    </message>
    <message>
        <source>the run recorded %1 spans, its budget: it was stopped, the data so far is kept</source>
        <translation>l’exécution a enregistré %1 intervalles, son budget : elle a été arrêtée, les données obtenues jusqu’ici sont conservées</translation>
    </message>
    <message>
        <source>the %1 %2 (%3) was still there after the run</source>
        <translation>l’objet %1 %2 (%3) était encore présent après l’exécution</translation>
    </message>
</context>
<context>
    <name>proclab::ScenarioParameters</name>
    <message>
        <source>--%1 does not apply to the %2 scenario</source>
        <translation>--%1 ne s’applique pas au scénario %2</translation>
    </message>
    <message>
        <source>--signal must be term (15) or kill (9), not %1</source>
        <translation>--signal doit valoir term (15) ou kill (9), et non %1</translation>
    </message>
    <message>
        <source>--%1 must be between %2 and %3, not %4</source>
        <translation>--%1 doit être entre %2 et %3, et non %4</translation>
    </message>
</context>
<context>
    <name>proclab::ScenarioTab</name>
    <message>
        <source>Stopping: killing every process of the run…</source>
        <translation>Arrêt : tous les processus de l’exécution sont tués…</translation>
    </message>
    <message>
        <source>%1 was killed with SIGKILL.</source>
        <translation>%1 a été tué avec SIGKILL.</translation>
    </message>
    <message>
        <source>Stopped after %1 ms; every process of the run was killed.</source>
        <translation>Arrêtée après %1 ms ; tous les processus de l’exécution ont été tués.</translation>
    </message>
    <message numerus="yes">
        <source>Finished in %1 ms with %n error(s): %2</source>
        <translation>
            <numerusform>Terminée en %1 ms avec %n erreur : %2</numerusform>
            <numerusform>Terminée en %1 ms avec %n erreurs : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not available in this build yet: the engine has no runner for it (it comes with the shared-memory IPC work).</source>
        <translation>%1 n’est pas encore disponible dans cette version : le moteur n’a pas encore de scénario pour cela (il arrive avec le travail IPC en mémoire partagée).</translation>
    </message>
    <message>
        <source>Ready: set the parameters and press Run.</source>
        <translation>Prêt : réglez les paramètres et appuyez sur Lancer.</translation>
    </message>
    <message>
        <source>Only the Pool tab has a speedup chart.</source>
        <translation>Seul l’onglet Pool a un graphique d’accélération.</translation>
    </message>
    <message>
        <source>There is no run to export yet: press Run first.</source>
        <translation>Il n’y a encore aucune exécution à exporter : appuyez d’abord sur Lancer.</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1:
%2</source>
        <translation>Le graphique n’a pas pu être enregistré dans %1 :
%2</translation>
    </message>
    <message>
        <source>Chart saved to %1.</source>
        <translation>Graphique enregistré dans %1.</translation>
    </message>
    <message>
        <source>Export Run Data</source>
        <translation>Exporter les données de l’exécution</translation>
    </message>
    <message>
        <source>Run JSON (*.json)</source>
        <translation>Exécution en JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV, one row per span (*.csv)</source>
        <translation>CSV, une ligne par intervalle (*.csv)</translation>
    </message>
    <message>
        <source>Chrome trace for Perfetto (*.json)</source>
        <translation>Trace Chrome pour Perfetto (*.json)</translation>
    </message>
    <message>
        <source>The run could not be saved to %1:
%2</source>
        <translation>L’exécution n’a pas pu être enregistrée dans %1 :
%2</translation>
    </message>
    <message>
        <source>Run data saved to %1.</source>
        <translation>Données de l’exécution enregistrées dans %1.</translation>
    </message>
    <message>
        <source>A named process (worker_one) and an unnamed one each fill a list with random numbers, in parallel.</source>
        <translation>Un processus nommé (worker_one) et un processus sans nom remplissent chacun une liste de nombres aléatoires, en parallèle.</translation>
    </message>
    <message>
        <source>A loop starts N processes; process i does i × the workload, so their finish times form a staircase.</source>
        <translation>Une boucle démarre N processus ; le processus i fait i × la charge, si bien que leurs fins forment un escalier.</translation>
    </message>
    <message>
        <source>A process is started, then terminated or killed after a delay and joined; beside it one that had already finished.</source>
        <translation>Un processus est démarré, puis terminé ou tué après un délai et attendu avec join() ; à côté, un processus déjà fini.</translation>
    </message>
    <message>
        <source>A real parent starts a daemon and a regular child: the daemon dies with the parent's work, the regular child is joined.</source>
        <translation>Un vrai parent démarre un démon et un enfant normal : le démon meurt avec la fin du travail du parent, l’enfant normal est attendu avec join().</translation>
    </message>
    <message>
        <source>Participants with uneven work meet at a Barrier each round, then enter a critical section under one Lock.</source>
        <translation>Des participants au travail inégal se retrouvent à chaque tour à une barrière, puis entrent dans une section critique sous un verrou.</translation>
    </message>
    <message>
        <source>A pool of workers maps square() over range(n) in chunks; a sweep over worker counts gives the speedup curve.</source>
        <translation>Un pool de travailleurs applique square() à range(n) par paquets ; une série sur le nombre de travailleurs donne la courbe d’accélération.</translation>
    </message>
    <message>
        <source>&amp;Kill participant</source>
        <translation>&amp;Tuer le participant</translation>
    </message>
    <message>
        <source>Send SIGKILL to the chosen participant while the run goes: the barrier breaks, the others are released, the kernel frees the lock.</source>
        <translation>Envoyer SIGKILL au participant choisi pendant l’exécution : la barrière se rompt, les autres sont libérés, le noyau libère le verrou.</translation>
    </message>
    <message>
        <source>The participant to kill (only while a run goes)</source>
        <translation>Le participant à tuer (seulement pendant une exécution)</translation>
    </message>
    <message>
        <source>Kill the parent abruptly (SIGKILL halfway)</source>
        <translation>Tuer brutalement le parent (SIGKILL à mi-chemin)</translation>
    </message>
    <message>
        <source>The parent dies before it can end its daemon child: the children are orphaned and the lab cleans them up.</source>
        <translation>Le parent meurt avant de pouvoir terminer son enfant démon : les enfants deviennent orphelins et le labo les nettoie.</translation>
    </message>
    <message>
        <source>Colour tasks by chunk</source>
        <translation>Colorer les tâches par paquet</translation>
    </message>
    <message>
        <source>Give every chunk of tasks its own colour, to show how map() splits the tasks into chunks and the chunks over the workers.</source>
        <translation>Donner à chaque paquet de tâches sa propre couleur, pour montrer comment map() découpe les tâches en paquets et répartit les paquets entre les travailleurs.</translation>
    </message>
    <message>
        <source>Speedup</source>
        <translation>Accélération</translation>
    </message>
    <message>
        <source>Speedup and efficiency over worker counts</source>
        <translation>Accélération et efficacité selon le nombre de travailleurs</translation>
    </message>
    <message>
        <source>Every process of the run, as the OS and as Python see it</source>
        <translation>Chaque processus de l’exécution, tel que le voient le système et Python</translation>
    </message>
    <message>
        <source>during a run</source>
        <translation>pendant l’exécution</translation>
    </message>
    <message>
        <source>Run the scenario to see its kernel objects live.</source>
        <translation>Lancez le scénario pour voir ses objets noyau en direct.</translation>
    </message>
    <message>
        <source>Read at %1 ms of the run, without blocking, from the engine thread.</source>
        <translation>Lu à %1 ms de l’exécution, sans blocage, depuis le thread du moteur.</translation>
    </message>
    <message>
        <source>No object has been read yet.</source>
        <translation>Aucun objet n’a encore été lu.</translation>
    </message>
    <message numerus="yes">
        <source>After the run: all %n object(s) are gone.</source>
        <translation>
            <numerusform>Après l’exécution : %n objet a disparu.</numerusform>
            <numerusform>Après l’exécution : les %n objets ont tous disparu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After the run: %n object(s) were left behind.</source>
        <translation>
            <numerusform>Après l’exécution : %n objet est resté en place.</numerusform>
            <numerusform>Après l’exécution : %n objets sont restés en place.</numerusform>
        </translation>
    </message>
    <message>
        <source>IPC objects</source>
        <translation>Objets IPC</translation>
    </message>
    <message>
        <source>The run's shared memory, semaphores, lock and barrier as the kernel reports them, live; and after the run, proof that each is gone</source>
        <translation>La mémoire partagée, les sémaphores, le verrou et la barrière de l’exécution tels que le noyau les rapporte, en direct ; et après l’exécution, la preuve que chacun a disparu</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Affichage</translation>
    </message>
    <message numerus="yes">
        <source>Running for %1 s: %n process(es), %L2 spans.</source>
        <translation>
            <numerusform>En cours depuis %1 s : %n processus, %L2 intervalles.</numerusform>
            <numerusform>En cours depuis %1 s : %n processus, %L2 intervalles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished in %1 ms: %n process(es), %L2 spans.</source>
        <translation>
            <numerusform>Terminé en %1 ms : %n processus, %L2 intervalles.</numerusform>
            <numerusform>Terminé en %1 ms : %n processus, %L2 intervalles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waits</source>
        <translation>Attentes</translation>
    </message>
    <message>
        <source>Who kept whom waiting, and the critical path that set the run's wall time</source>
        <translation>Qui a fait attendre qui, et le chemin critique qui a fixé la durée totale</translation>
    </message>
</context>
<context>
    <name>proclab::SharedSegment</name>
    <message>
        <source>cannot create the key file %1: %2</source>
        <translation>impossible de créer le fichier de clé %1 : %2</translation>
    </message>
    <message>
        <source>cannot create shared memory of %1 bytes: %2</source>
        <translation>impossible de créer une mémoire partagée de %1 octets : %2</translation>
    </message>
    <message>
        <source>cannot attach to the shared memory %1: %2</source>
        <translation>impossible de s’attacher à la mémoire partagée %1 : %2</translation>
    </message>
    <message>
        <source>the shared memory %1 is not a ProcLab segment</source>
        <translation>la mémoire partagée %1 n’est pas un segment ProcLab</translation>
    </message>
    <message>
        <source>cannot find the shared memory behind %1</source>
        <translation>impossible de trouver la mémoire partagée derrière %1</translation>
    </message>
</context>
<context>
    <name>proclab::SpeedupChart</name>
    <message>
        <source>worker processes</source>
        <translation>processus de travail</translation>
    </message>
    <message>
        <source>efficiency (%)</source>
        <translation>efficacité (%)</translation>
    </message>
    <message>
        <source>Amdahl's law, serial fraction %L1 (Karp–Flatt)</source>
        <translation>loi d’Amdahl, fraction séquentielle %L1 (Karp–Flatt)</translation>
    </message>
    <message>
        <source>Amdahl's law (needs two worker counts)</source>
        <translation>loi d’Amdahl (nécessite deux nombres de travailleurs)</translation>
    </message>
    <message>
        <source>Speedup against worker count</source>
        <translation>Accélération selon le nombre de travailleurs</translation>
    </message>
    <message>
        <source>%1: speedup against worker count</source>
        <translation>%1 : accélération selon le nombre de travailleurs</translation>
    </message>
    <message>
        <source>Speedup chart</source>
        <translation>Graphique d’accélération</translation>
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
        <translation>accélération, %1</translation>
    </message>
    <message>
        <source>efficiency, %1 (right axis)</source>
        <translation>efficacité, %1 (axe de droite)</translation>
    </message>
    <message>
        <source>Amdahl, %1: serial fraction %L2</source>
        <translation>Amdahl, %1 : fraction séquentielle %L2</translation>
    </message>
    <message>
        <source>Amdahl, %1: needs two worker counts</source>
        <translation>Amdahl, %1 : nécessite deux nombres de travailleurs</translation>
    </message>
    <message>
        <source>%1, C++ and Python</source>
        <translation>%1, C++ et Python</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s): %1 ms, speedup %L2×, efficiency %L3 %</source>
        <translation>
            <numerusform>%n travailleur : %1 ms, accélération %L2×, efficacité %L3 %</numerusform>
            <numerusform>%n travailleurs : %1 ms, accélération %L2×, efficacité %L3 %</numerusform>
        </translation>
    </message>
    <message>
        <source>Amdahl, %1: %L2 on ≤ %3 workers, miss %L4</source>
        <translation>Amdahl, %1 : %L2 sur ≤ %3 travailleurs, écart %L4</translation>
    </message>
    <message>
        <source>speedup (×)</source>
        <translation>accélération (×)</translation>
    </message>
    <message>
        <source>ideal</source>
        <translation>idéal</translation>
    </message>
    <message>
        <source>speedup</source>
        <translation>accélération</translation>
    </message>
    <message>
        <source>efficiency</source>
        <translation>efficacité</translation>
    </message>
    <message>
        <source>Amdahl f = %L1 (≤ %2 workers, miss %L3)</source>
        <translation>Amdahl f = %L1 (≤ %2 travailleurs, écart %L3)</translation>
    </message>
    <message numerus="yes">
        <source>%n core(s)</source>
        <translation>
            <numerusform>%n cœur</numerusform>
            <numerusform>%n cœurs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>proclab::StallMonitor</name>
    <message>
        <source>stopped (SIGSTOP or a debugger): it does nothing until it is continued</source>
        <translation>arrêté (SIGSTOP ou un débogueur) : il ne fait rien tant qu’il n’est pas repris</translation>
    </message>
    <message>
        <source>continued</source>
        <translation>repris</translation>
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
        <translation>C++ et Python</translation>
    </message>
    <message>
        <source>%1 workers (%2)</source>
        <translation>%1 travailleurs (%2)</translation>
    </message>
    <message>
        <source>%1 workers</source>
        <translation>%1 travailleurs</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
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
        <translation>Série : %1 travailleur(s) mesuré(s).</translation>
    </message>
    <message numerus="yes">
        <source>Sweep finished: %n point(s).</source>
        <translation>
            <numerusform>Série terminée : %n point.</numerusform>
            <numerusform>Série terminée : %n points.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sweep finished with errors: %1</source>
        <translation>Série terminée avec des erreurs : %1</translation>
    </message>
    <message>
        <source>Workers &amp;from:</source>
        <translation>Travailleurs &amp;de :</translation>
    </message>
    <message>
        <source>t&amp;o:</source>
        <translation>&amp;à :</translation>
    </message>
    <message>
        <source>Fewest workers of the sweep</source>
        <translation>Nombre minimal de travailleurs de la série</translation>
    </message>
    <message>
        <source>Most workers of the sweep</source>
        <translation>Nombre maximal de travailleurs de la série</translation>
    </message>
    <message>
        <source>Run &amp;sweep</source>
        <translation>Lancer la &amp;série</translation>
    </message>
    <message>
        <source>Stop sweep</source>
        <translation>Arrêter la série</translation>
    </message>
    <message>
        <source>Stop after the current run of the sweep</source>
        <translation>Arrêter après l’exécution en cours de la série</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Exporter le graphique…</translation>
    </message>
    <message>
        <source>Save the speedup chart as PNG, SVG or PDF</source>
        <translation>Enregistrer le graphique d’accélération en PNG, SVG ou PDF</translation>
    </message>
    <message>
        <source>Sweep: measured %1 worker(s) on %2.</source>
        <translation>Série : %1 travailleur(s) mesuré(s) en %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n point(s)</source>
        <translation>
            <numerusform>%1 : %n point</numerusform>
            <numerusform>%1 : %n points</numerusform>
        </translation>
    </message>
    <message>
        <source>Sweep finished: %1.</source>
        <translation>Série terminée : %1.</translation>
    </message>
    <message>
        <source>Sweep: running %1 to %2 workers, each on C++ and then on Python, one run after another…</source>
        <translation>Série : de %1 à %2 travailleurs, chaque nombre en C++ puis en Python, une exécution après l’autre…</translation>
    </message>
    <message>
        <source>Sweep: running %1 to %2 workers on %3, one run after another…</source>
        <translation>Série : de %1 à %2 travailleurs en %3, une exécution après l’autre…</translation>
    </message>
    <message>
        <source>Run the pool once per worker count, one run after another, and plot speedup and efficiency; with the runtime "both", each count on C++ and then on Python, two curves</source>
        <translation>Exécuter le pool une fois par nombre de travailleurs, l’une après l’autre, et tracer accélération et efficacité ; avec l’environnement d’exécution « les deux », chaque nombre en C++ puis en Python : deux courbes</translation>
    </message>
    <message numerus="yes">
        <source>Best speedup %L1× at %n worker(s).</source>
        <translation>
            <numerusform>Meilleure accélération %L1× avec %n travailleur.</numerusform>
            <numerusform>Meilleure accélération %L1× avec %n travailleurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Serial fraction %L1, fitted on up to %2 worker(s) (the cores).</source>
        <translation>Fraction séquentielle %L1, ajustée sur au plus %2 travailleur(s) (les cœurs).</translation>
    </message>
    <message>
        <source>Each run: &amp;tasks</source>
        <translation>Chaque exécution : &amp;tâches</translation>
    </message>
    <message>
        <source>× items</source>
        <translation>× éléments</translation>
    </message>
    <message>
        <source>How many squares each run of the sweep maps (the tab's Tasks is for single runs)</source>
        <translation>Combien de carrés chaque exécution du balayage calcule (les tâches de l’onglet valent pour les exécutions seules)</translation>
    </message>
    <message>
        <source>Items of work per task: enough that a run lasts far longer than starting its processes, or the curve measures the start-up</source>
        <translation>Éléments de travail par tâche : assez pour qu’une exécution dure bien plus que le démarrage de ses processus, sinon la courbe mesure le démarrage</translation>
    </message>
    <message>
        <source>Measured speedup over one worker (left axis) and efficiency (right axis; C++ and Python curves for the runtime "both"), the ideal line (speedup = workers) and Amdahl's curve for the Karp–Flatt serial fraction f, fitted on the worker counts up to the cores ("miss": its RMS distance from those points); the dotted line marks the cores. Hover a point for its numbers.</source>
        <translation>Accélération mesurée par rapport à un travailleur (axe gauche) et efficacité (axe droit ; courbes C++ et Python pour l’environnement « both »), la droite idéale (accélération = travailleurs) et la courbe d’Amdahl pour la fraction séquentielle f de Karp–Flatt, ajustée sur les nombres de travailleurs jusqu’aux cœurs (« écart » : sa distance RMS à ces points) ; la ligne pointillée marque les cœurs. Survolez un point pour ses valeurs.</translation>
    </message>
</context>
<context>
    <name>proclab::TimelineChart</name>
    <message>
        <source>time since the run started (ms)</source>
        <translation>temps depuis le début de l’exécution (ms)</translation>
    </message>
    <message>
        <source>process (pid)</source>
        <translation>processus (pid)</translation>
    </message>
    <message>
        <source>task, coloured by chunk (chunk size %1)</source>
        <translation>tâche, colorée par paquet (taille des paquets %1)</translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation>Pas encore d’exécution</translation>
    </message>
    <message>
        <source>%1 (processes: %2, running…)</source>
        <translation>%1 (processus : %2, en cours…)</translation>
    </message>
    <message>
        <source>%1 (processes: %2, wall time: %L3 ms)</source>
        <translation>%1 (processus : %2, durée totale : %L3 ms)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (no pid)</source>
        <translation>%1 (sans pid)</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>n°%1</translation>
    </message>
    <message>
        <source>r%1</source>
        <translation>t%1</translation>
    </message>
    <message>
        <source>%1, round %2</source>
        <translation>%1, tour %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (chunk %2)</source>
        <translation>%1 (paquet %2)</translation>
    </message>
    <message>
        <source>begin: %L1 ms</source>
        <translation>début : %L1 ms</translation>
    </message>
    <message>
        <source>still going (%L1 ms so far)</source>
        <translation>toujours en cours (%L1 ms jusqu’ici)</translation>
    </message>
    <message>
        <source>end: %L1 ms</source>
        <translation>fin : %L1 ms</translation>
    </message>
    <message>
        <source>duration: %L1 ms</source>
        <translation>durée : %L1 ms</translation>
    </message>
    <message>
        <source>at %L1 ms</source>
        <translation>à %L1 ms</translation>
    </message>
    <message>
        <source>launched %1</source>
        <translation>lancé %1</translation>
    </message>
    <message>
        <source>ready after %L1 ms</source>
        <translation>prêt après %L1 ms</translation>
    </message>
    <message>
        <source>%1 sent %2</source>
        <translation>%1 envoyé %2</translation>
    </message>
    <message>
        <source>exited with code %1 %2</source>
        <translation>terminé avec le code %1 %2</translation>
    </message>
    <message>
        <source>failed to start (%1)</source>
        <translation>échec du démarrage (%1)</translation>
    </message>
    <message>
        <source>killed by the lab's timeout with %1 %2</source>
        <translation>tué par la limite de temps du labo avec %1 %2</translation>
    </message>
    <message>
        <source>killed by %1 %2</source>
        <translation>tué par %1 %2</translation>
    </message>
    <message>
        <source>Python exitcode: %1</source>
        <translation>exitcode Python : %1</translation>
    </message>
    <message>
        <source>Timeline chart: one lane per process</source>
        <translation>Chronologie : une ligne par processus</translation>
    </message>
    <message>
        <source>zombie: exited at %L1 ms, reaped at %L2 ms (%L3 µs)</source>
        <translation>zombie : terminé à %L1 ms, récupéré à %L2 ms (%L3 µs)</translation>
    </message>
    <message>
        <source>zombie: exited at %L1 ms, not reaped yet (%L2 µs so far)</source>
        <translation>zombie : terminé à %L1 ms, pas encore récupéré (%L2 µs jusqu’ici)</translation>
    </message>
    <message>
        <source>exit time: %1</source>
        <translation>instant de sortie : %1</translation>
    </message>
    <message>
        <source>exited %1, exit status unknown</source>
        <translation>terminé %1, statut de sortie inconnu</translation>
    </message>
    <message>
        <source>critical path</source>
        <translation>chemin critique</translation>
    </message>
    <message>
        <source>waited for %1, the last to arrive (at %L2 ms)</source>
        <translation>a attendu %1, le dernier arrivé (à %L2 ms)</translation>
    </message>
    <message>
        <source>waited for %1 to release the lock (at %L2 ms)</source>
        <translation>a attendu que %1 libère le verrou (à %L2 ms)</translation>
    </message>
    <message>
        <source>took the lock over from %1, who died holding it</source>
        <translation>a repris le verrou de %1, mort en le tenant</translation>
    </message>
    <message>
        <source>what ended the wait is unknown (the runtime cannot tell)</source>
        <translation>ce qui a mis fin à l’attente est inconnu (l’environnement ne peut pas le dire)</translation>
    </message>
    <message>
        <source>Filter lanes by name or pid</source>
        <translation>Filtrer les lignes par nom ou pid</translation>
    </message>
    <message>
        <source>Shows only the processes whose name or pid contains this text</source>
        <translation>N’affiche que les processus dont le nom ou le pid contient ce texte</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <source>&amp;Lane height:</source>
        <translation>&amp;Hauteur des lignes :</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grouper :</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>by parent</source>
        <translation>par parent</translation>
    </message>
    <message>
        <source>by host</source>
        <translation>par hôte</translation>
    </message>
    <message>
        <source>by runtime</source>
        <translation>par environnement</translation>
    </message>
    <message>
        <source>Groups the lanes; click a lane's label to collapse its group into one summary lane, or to expand it</source>
        <translation>Groupe les lignes ; cliquez sur l’étiquette d’une ligne pour replier son groupe en une ligne de synthèse, ou pour le déplier</translation>
    </message>
    <message>
        <source>fit</source>
        <translation>ajusté</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Height of each lane; taller lanes than fit are scrolled (fit: all lanes share the chart's height)</source>
        <translation>Hauteur de chaque ligne ; des lignes plus hautes qu’ajusté défilent (ajusté : toutes les lignes se partagent la hauteur du graphique)</translation>
    </message>
    <message>
        <source>How to zoom, scroll, select and filter</source>
        <translation>Comment zoomer, faire défiler, sélectionner et filtrer</translation>
    </message>
    <message>
        <source>Scroll the lanes</source>
        <translation>Faire défiler les lignes</translation>
    </message>
    <message>
        <source>Clear the selected time range</source>
        <translation>Effacer la plage de temps sélectionnée</translation>
    </message>
    <message>
        <source>&lt;b&gt;Timeline controls&lt;/b&gt;&lt;br&gt;Wheel or +/-: zoom time at the pointer&lt;br&gt;Drag (left button): zoom into that time&lt;br&gt;Ctrl+drag: select a time range: per-process statistics below the chart&lt;br&gt;Middle drag, Shift+drag or Left/Right: pan time&lt;br&gt;Shift+wheel, wheel over the labels, Up/Down, PageUp/PageDown: scroll lanes&lt;br&gt;Right click: zoom out; double click, Home or Esc: show everything&lt;br&gt;Click a span or lane: its cause arrows; hover: details&lt;br&gt;Click a lane label (lanes grouped): collapse or expand its group&lt;br&gt;Lane height and the filter box: above the chart</source>
        <translation>&lt;b&gt;Commandes de la chronologie&lt;/b&gt;&lt;br&gt;Molette ou +/- : zoomer le temps au pointeur&lt;br&gt;Glisser (bouton gauche) : zoomer sur ce temps&lt;br&gt;Ctrl+glisser : sélectionner une plage de temps : statistiques par processus sous le graphique&lt;br&gt;Glisser avec le bouton du milieu, Maj+glisser ou Gauche/Droite : déplacer le temps&lt;br&gt;Maj+molette, molette sur les étiquettes, Haut/Bas, Page préc./suiv. : faire défiler les lignes&lt;br&gt;Clic droit : dézoomer ; double clic, Début ou Échap : tout afficher&lt;br&gt;Clic sur un intervalle ou une ligne : ses flèches de cause ; survol : détails&lt;br&gt;Clic sur une étiquette (lignes groupées) : replier ou déplier son groupe&lt;br&gt;Hauteur des lignes et filtre : au-dessus du graphique</translation>
    </message>
    <message>
        <source>started by the lab</source>
        <translation>lancés par le labo</translation>
    </message>
    <message>
        <source>children of %1</source>
        <translation>enfants de %1</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>cette machine</translation>
    </message>
    <message>
        <source>unknown runtime</source>
        <translation>environnement inconnu</translation>
    </message>
    <message numerus="yes">
        <source>▸ %1: %n process(es)</source>
        <translation>
            <numerusform>▸ %1 : %n processus</numerusform>
            <numerusform>▸ %1 : %n processus</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (ms)</source>
        <translation>%1 (ms)</translation>
    </message>
    <message>
        <source>Selected %L1 to %L2 ms (%L3 ms): time per process in this range</source>
        <translation>Sélection de %L1 à %L2 ms (%L3 ms) : temps par processus dans cette plage</translation>
    </message>
</context>
<context>
    <name>proclab::Tutorial</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1, exitcode %2</source>
        <translation>%1, exitcode %2</translation>
    </message>
    <message>
        <source>Assign custom identifiers to processes and measure execution time.</source>
        <translation>Donner des identifiants personnalisés aux processus et mesurer le temps d’exécution.</translation>
    </message>
    <message>
        <source>Named and unnamed processes executed in parallel, improving performance over sequential runs.</source>
        <translation>Les processus nommés et sans nom se sont exécutés en parallèle, plus vite qu’en séquence.</translation>
    </message>
    <message>
        <source>worker_one output size: 1000</source>
        <translation>taille de sortie de worker_one : 1000</translation>
    </message>
    <message>
        <source>unnamed process output size: 1000</source>
        <translation>taille de sortie du processus sans nom : 1000</translation>
    </message>
    <message>
        <source>Duration: 0.43 seconds</source>
        <translation>Durée : 0,43 seconde</translation>
    </message>
    <message>
        <source>Executed in parallel, faster than sequential runs</source>
        <translation>Exécutés en parallèle, plus vite qu’en séquence</translation>
    </message>
    <message>
        <source>Duration: %1 seconds</source>
        <translation>Durée : %1 secondes</translation>
    </message>
    <message>
        <source>The two work spans overlapped for %1 ms. One after the other they would take %2 ms; the whole run took %3 ms.</source>
        <translation>Les deux intervalles de travail se sont chevauchés pendant %1 ms. L’un après l’autre, ils prendraient %2 ms ; toute l’exécution a duré %3 ms.</translation>
    </message>
    <message>
        <source>Dynamically create multiple processes using a loop.</source>
        <translation>Créer dynamiquement plusieurs processus avec une boucle.</translation>
    </message>
    <message>
        <source>Demonstrated scalable parallelism with predictable output per worker.</source>
        <translation>Parallélisme évolutif démontré, avec une sortie prévisible par travailleur.</translation>
    </message>
    <message>
        <source>Each process handled a workload of i * 1000 independently.</source>
        <translation>Chaque processus a traité indépendamment une charge de i * 1000.</translation>
    </message>
    <message>
        <source>Scalable parallelism</source>
        <translation>Parallélisme évolutif</translation>
    </message>
    <message>
        <source>Finish order: %1. Work of all processes: %2 ms; the run took %3 ms.</source>
        <translation>Ordre de fin : %1. Travail de tous les processus : %2 ms ; l’exécution a duré %3 ms.</translation>
    </message>
    <message>
        <source>With join() inside the loop they ran one after another: no parallelism.</source>
        <translation>Avec join() dans la boucle, ils se sont exécutés l’un après l’autre : aucun parallélisme.</translation>
    </message>
    <message>
        <source>Showcase process lifecycle — starting, terminating, and joining.</source>
        <translation>Montrer le cycle de vie d’un processus — démarrage, arrêt et attente.</translation>
    </message>
    <message>
        <source>Validated safe lifecycle handling using .start(), .terminate(), and .join().</source>
        <translation>Gestion sûre du cycle de vie validée avec .start(), .terminate() et .join().</translation>
    </message>
    <message>
        <source>Process launched and terminated successfully</source>
        <translation>Processus lancé et terminé avec succès</translation>
    </message>
    <message>
        <source>Exit status: 0</source>
        <translation>Statut de sortie : 0</translation>
    </message>
    <message>
        <source>victim: is_alive() after start() %1, right after the signal %2, after join() %3; %4.</source>
        <translation>victim : is_alive() après start() %1, juste après le signal %2, après join() %3 ; %4.</translation>
    </message>
    <message>
        <source>Contrast daemon and non-daemon process behavior.</source>
        <translation>Comparer le comportement des processus démons et non démons.</translation>
    </message>
    <message>
        <source>Daemons are tied to the main thread’s lifespan; regular processes run independently.</source>
        <translation>Les démons sont liés à la durée de vie du thread principal ; les processus normaux tournent indépendamment.</translation>
    </message>
    <message>
        <source>Daemon exited with main program</source>
        <translation>Le démon s’est terminé avec le programme principal</translation>
    </message>
    <message>
        <source>Regular process completed and returned data</source>
        <translation>Le processus normal a fini et renvoyé des données</translation>
    </message>
    <message>
        <source>%1 ended at %2 ms (%3); its parent %4 ended at %5 ms (%6).</source>
        <translation>%1 s’est terminé à %2 ms (%3) ; son parent %4 s’est terminé à %5 ms (%6).</translation>
    </message>
    <message>
        <source>%1: output size %2, %3; the parent ended after it: %4.</source>
        <translation>%1 : taille de sortie %2, %3 ; le parent s’est terminé après lui : %4.</translation>
    </message>
    <message>
        <source>Coordinate process execution using Barrier and Lock.</source>
        <translation>Coordonner l’exécution des processus avec Barrier et Lock.</translation>
    </message>
    <message>
        <source>Barrier ensured alignment; Lock protected shared data access.</source>
        <translation>La barrière a assuré l’alignement ; le verrou a protégé l’accès aux données partagées.</translation>
    </message>
    <message>
        <source>Processes paused at the barrier and printed results in synchronized order.</source>
        <translation>Les processus se sont arrêtés à la barrière et ont affiché leurs résultats dans un ordre synchronisé.</translation>
    </message>
    <message>
        <source>Lock protected shared data access.</source>
        <translation>Le verrou a protégé l’accès aux données partagées.</translation>
    </message>
    <message numerus="yes">
        <source>%n lock hold(s); overlapping holds: %1.</source>
        <translation>
            <numerusform>%n détention du verrou ; détentions qui se chevauchent : %1.</numerusform>
            <numerusform>%n détentions du verrou ; détentions qui se chevauchent : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use a process pool for efficient parallel computation.</source>
        <translation>Utiliser un pool de processus pour un calcul parallèle efficace.</translation>
    </message>
    <message>
        <source>Tasks were evenly distributed across 4 workers, maximizing CPU usage.</source>
        <translation>Les tâches ont été réparties équitablement entre 4 travailleurs, maximisant l’usage du processeur.</translation>
    </message>
    <message>
        <source>Computed squares: [0, 1, 4, ..., 81]</source>
        <translation>Carrés calculés : [0, 1, 4, ..., 81]</translation>
    </message>
    <message>
        <source>Tasks were evenly distributed across 4 workers.</source>
        <translation>Les tâches ont été réparties équitablement entre 4 travailleurs.</translation>
    </message>
    <message>
        <source>Results: %1</source>
        <translation>Résultats : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n task(s)</source>
        <translation>
            <numerusform>%1 : %n tâche</numerusform>
            <numerusform>%1 : %n tâches</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 = %2 ms</source>
        <translation>%1 = %2 ms</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Objective:</source>
        <translation>Objectif :</translation>
    </message>
    <message>
        <source>The tutorial says</source>
        <translation>Le tutoriel dit</translation>
    </message>
    <message>
        <source>This run measured</source>
        <translation>Cette exécution a mesuré</translation>
    </message>
    <message>
        <source>not measured yet: press Run</source>
        <translation>pas encore mesuré : appuyez sur Lancer</translation>
    </message>
    <message>
        <source>The tutorial's takeaway:</source>
        <translation>À retenir selon le tutoriel :</translation>
    </message>
    <message>
        <source>Also measured:</source>
        <translation>Également mesuré :</translation>
    </message>
    <message>
        <source>Participant %1 died holding the lock at %2 ms.</source>
        <translation>Le participant %1 est mort à %2 ms en détenant le verrou.</translation>
    </message>
    <message>
        <source>The lock stayed taken: a POSIX semaphore has no owner for the kernel to release it for.</source>
        <translation>Le verrou est resté pris : un sémaphore POSIX n’a pas de propriétaire au nom duquel le noyau pourrait le libérer.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) waiting for it were deadlocked; the lab ended them.</source>
        <translation>
            <numerusform>%n participant qui l’attendait était en interblocage ; le labo l’a terminé.</numerusform>
            <numerusform>%n participants qui l’attendaient étaient en interblocage ; le labo les a terminés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Participant %1 took the lock at %2 ms: the kernel undid the dead holder's acquire (SEM_UNDO).</source>
        <translation>Le participant %1 a pris le verrou à %2 ms : le noyau a annulé l’acquisition du détenteur mort (SEM_UNDO).</translation>
    </message>
    <message>
        <source>Participant %1 took the lock at %2 ms and was told its owner had died (robust mutex, EOWNERDEAD).</source>
        <translation>Le participant %1 a pris le verrou à %2 ms et a appris que son propriétaire était mort (mutex robuste, EOWNERDEAD).</translation>
    </message>
    <message>
        <source>Participant %1 took the lock at %2 ms.</source>
        <translation>Le participant %1 a pris le verrou à %2 ms.</translation>
    </message>
    <message>
        <source>Nobody took the lock after it; at the end it was still taken.</source>
        <translation>Personne n’a pris le verrou ensuite ; à la fin, il était toujours pris.</translation>
    </message>
    <message>
        <source>Nobody took the lock after it; at the end it was free.</source>
        <translation>Personne n’a pris le verrou ensuite ; à la fin, il était libre.</translation>
    </message>
    <message>
        <source>Primitives: %1.</source>
        <translation>Primitives : %1.</translation>
    </message>
    <message>
        <source>The program printed: %1</source>
        <translation>Le programme a affiché : %1</translation>
    </message>
    <message>
        <source>C++ measured</source>
        <translation>Mesuré en C++</translation>
    </message>
    <message>
        <source>Python measured</source>
        <translation>Mesuré en Python</translation>
    </message>
    <message>
        <source>Also measured (C++):</source>
        <translation>Également mesuré (C++) :</translation>
    </message>
    <message>
        <source>Also measured (Python):</source>
        <translation>Également mesuré (Python) :</translation>
    </message>
    <message>
        <source>%1 output size: %2 (asked for %3)</source>
        <translation>%1 taille de sortie : %2 (demandé : %3)</translation>
    </message>
    <message>
        <source>%1 (Python's default name) output size: %2 (asked for %3)</source>
        <translation>%1 (nom par défaut de Python) taille de sortie : %2 (demandé : %3)</translation>
    </message>
    <message>
        <source>Output sizes by i: %1 (asked for i × %2)</source>
        <translation>Tailles de sortie selon i : %1 (demandé : i × %2)</translation>
    </message>
    <message>
        <source>No two processes worked at the same time.</source>
        <translation>Aucun processus n’a travaillé en même temps qu’un autre.</translation>
    </message>
    <message>
        <source>No signal was sent: the victim had already ended when the kill was due (%1).</source>
        <translation>Aucun signal n’a été envoyé : la victime avait déjà fini quand l’arrêt était prévu (%1).</translation>
    </message>
    <message>
        <source>0 only for a process that had already finished when terminate() came (finished_first: %1). The terminated victim: %2.</source>
        <translation>0 seulement pour un processus déjà fini quand terminate() est arrivé (finished_first : %1). La victime arrêtée : %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n barrier round(s); time waiting at the barrier, summed over all participants: %1 ms (the run took %2 ms); rounds someone left before the last arrived: %3.</source>
        <translation>
            <numerusform>%n tour de barrière ; attente à la barrière, additionnée sur tous les participants : %1 ms (l’exécution a duré %2 ms) ; tours quittés par quelqu’un avant l’arrivée du dernier : %3.</numerusform>
            <numerusform>%n tours de barrière ; attente à la barrière, additionnée sur tous les participants : %1 ms (l’exécution a duré %2 ms) ; tours quittés par quelqu’un avant l’arrivée du dernier : %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>A participant died or stopped making progress, so the lab broke the barrier: the others were released instead of waiting for ever.</source>
        <translation>Un participant est mort ou n’avançait plus, alors le labo a rompu la barrière : les autres ont été libérés au lieu d’attendre indéfiniment.</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <source>does not hold</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>not tested by this run</source>
        <translation>non testé par cette exécution</translation>
    </message>
    <message>
        <source>The parent was killed abruptly, so nobody terminated the daemon: an orphan adopted by the lab, it outlived its parent by %1 ms.</source>
        <translation>Le parent a été tué brutalement, donc personne n’a arrêté le démon : orphelin adopté par le labo, il a survécu à son parent de %1 ms.</translation>
    </message>
    <message>
        <source>It outlived its parent by %1 ms.</source>
        <translation>Il a survécu à son parent de %1 ms.</translation>
    </message>
    <message>
        <source>terminate() never reached a running process in this run: set kill-after below the duration to see it.</source>
        <translation>terminate() n’a atteint aucun processus en cours dans cette exécution : réglez « tuer après » sous la durée pour le voir.</translation>
    </message>
    <message>
        <source>In round %1, %2 waited %3 ms for %4, which had %5x its work.</source>
        <translation>Au tour %1, %2 a attendu %4 pendant %3 ms, qui avait %5 fois son travail.</translation>
    </message>
</context>
<context>
    <name>proclab::WaitAttributionModel</name>
    <message>
        <source>the lab</source>
        <translation>le labo</translation>
    </message>
    <message>
        <source>%1 ms for %2</source>
        <translation>%1 ms pour %2</translation>
    </message>
    <message>
        <source>%1 ms for an unknown cause</source>
        <translation>%1 ms pour une cause inconnue</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Working (ms)</source>
        <translation>Travail (ms)</translation>
    </message>
    <message>
        <source>Waiting (ms)</source>
        <translation>Attente (ms)</translation>
    </message>
    <message>
        <source>Waited for</source>
        <translation>A attendu</translation>
    </message>
    <message>
        <source>Kept others waiting (ms)</source>
        <translation>A fait attendre (ms)</translation>
    </message>
</context>
<context>
    <name>proclab::WaitsPanel</name>
    <message>
        <source>Per process</source>
        <translation>Par processus</translation>
    </message>
    <message>
        <source>Who kept whom waiting (ms)</source>
        <translation>Qui a fait attendre qui (ms)</translation>
    </message>
    <message>
        <source>Critical path</source>
        <translation>Chemin critique</translation>
    </message>
    <message>
        <source>Arrows for all processes</source>
        <translation>Flèches pour tous les processus</translation>
    </message>
    <message>
        <source>Otherwise arrows show for the process or span you click or point at. With more than 16 processes only those show.</source>
        <translation>Sinon, les flèches s’affichent pour le processus ou l’intervalle que vous cliquez ou survolez. Au-delà de 16 processus, seules celles-ci s’affichent.</translation>
    </message>
    <message>
        <source>Who kept whom waiting (ms): each row waited for each column.</source>
        <translation>Qui a fait attendre qui (ms) : chaque ligne a attendu chaque colonne.</translation>
    </message>
    <message>
        <source>After a run: who waited for whom, and the critical path.</source>
        <translation>Après une exécution : qui a attendu qui, et le chemin critique.</translation>
    </message>
</context>
</TS>
