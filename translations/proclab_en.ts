<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ChartExportDialog</name>
    <message>
        <source>Export Chart</source>
        <translation>Export Chart</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Where to save the chart; the suffix (.png, .svg or .pdf) chooses the format</source>
        <translation>Where to save the chart; the suffix (.png, .svg or .pdf) chooses the format</translation>
    </message>
    <message>
        <source>Choose the file in a dialog</source>
        <translation>Choose the file in a dialog</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Size:</translation>
    </message>
    <message>
        <source>Width of the chart, in pixels at 96 dpi</source>
        <translation>Width of the chart, in pixels at 96 dpi</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Height of the chart, in pixels at 96 dpi</source>
        <translation>Height of the chart, in pixels at 96 dpi</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolution:</translation>
    </message>
    <message>
        <source>Resolution: 96 dpi writes a PNG of exactly the chosen size, 192 dpi one twice as sharp</source>
        <translation>Resolution: 96 dpi writes a PNG of exactly the chosen size, 192 dpi one twice as sharp</translation>
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
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Main Toolbar</translation>
    </message>
    <message>
        <source>Export &amp;Timeline Chart…</source>
        <translation>Export &amp;Timeline Chart…</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Export Chart</translation>
    </message>
    <message>
        <source>Save this tab's timeline chart as PNG, SVG or PDF</source>
        <translation>Save this tab's timeline chart as PNG, SVG or PDF</translation>
    </message>
    <message>
        <source>Export &amp;Speedup Chart…</source>
        <translation>Export &amp;Speedup Chart…</translation>
    </message>
    <message>
        <source>Save the Pool tab's speedup chart as PNG, SVG or PDF</source>
        <translation>Save the Pool tab's speedup chart as PNG, SVG or PDF</translation>
    </message>
    <message>
        <source>Export Run as &amp;JSON…</source>
        <translation>Export Run as &amp;JSON…</translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>Export Data</translation>
    </message>
    <message>
        <source>Save the whole run (processes, spans, results) as JSON</source>
        <translation>Save the whole run (processes, spans, results) as JSON</translation>
    </message>
    <message>
        <source>Export Run as &amp;CSV…</source>
        <translation>Export Run as &amp;CSV…</translation>
    </message>
    <message>
        <source>Save one row per span as CSV, for spreadsheets</source>
        <translation>Save one row per span as CSV, for spreadsheets</translation>
    </message>
    <message>
        <source>Export Run as Chrome T&amp;race…</source>
        <translation>Export Run as Chrome T&amp;race…</translation>
    </message>
    <message>
        <source>Save the run in Chrome's Trace Event format, to open in Perfetto</source>
        <translation>Save the run in Chrome's Trace Event format, to open in Perfetto</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Stop every run and close ProcLab</source>
        <translation>Stop every run and close ProcLab</translation>
    </message>
    <message>
        <source>Run this tab's scenario with its parameters (F5)</source>
        <translation>Run this tab's scenario with its parameters (F5)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>Kill every process of this tab's run (Shift+F5)</source>
        <translation>Kill every process of this tab's run (Shift+F5)</translation>
    </message>
    <message>
        <source>Run Speedup S&amp;weep</source>
        <translation>Run Speedup S&amp;weep</translation>
    </message>
    <message>
        <source>Run the pool once per worker count and plot the speedup</source>
        <translation>Run the pool once per worker count and plot the speedup</translation>
    </message>
    <message>
        <source>Reset &amp;Parameters</source>
        <translation>Reset &amp;Parameters</translation>
    </message>
    <message>
        <source>Set this tab's parameters back to the tutorial's defaults</source>
        <translation>Set this tab's parameters back to the tutorial's defaults</translation>
    </message>
    <message>
        <source>Reset &amp;Zoom</source>
        <translation>Reset &amp;Zoom</translation>
    </message>
    <message>
        <source>Show the whole run on the timeline again</source>
        <translation>Show the whole run on the timeline again</translation>
    </message>
    <message>
        <source>&amp;Next Scenario</source>
        <translation>&amp;Next Scenario</translation>
    </message>
    <message>
        <source>Go to the next scenario tab</source>
        <translation>Go to the next scenario tab</translation>
    </message>
    <message>
        <source>&amp;Previous Scenario</source>
        <translation>&amp;Previous Scenario</translation>
    </message>
    <message>
        <source>Go to the previous scenario tab</source>
        <translation>Go to the previous scenario tab</translation>
    </message>
    <message>
        <source>&amp;About ProcLab</source>
        <translation>&amp;About ProcLab</translation>
    </message>
    <message>
        <source>What ProcLab is and which version this is</source>
        <translation>What ProcLab is and which version this is</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>The Qt version ProcLab runs on</source>
        <translation>The Qt version ProcLab runs on</translation>
    </message>
</context>
<context>
    <name>NameOnlyIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Special file</source>
        <translation>Special file</translation>
    </message>
</context>
<context>
    <name>ScenarioTab</name>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Break it on purpose</source>
        <translation>Break it on purpose</translation>
    </message>
    <message>
        <source>Start a run with these parameters (F5)</source>
        <translation>Start a run with these parameters (F5)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <source>Kill every process of the run and keep what was measured (Shift+F5)</source>
        <translation>Kill every process of the run and keep what was measured (Shift+F5)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>What the current run is doing</source>
        <translation>What the current run is doing</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Ready.</translation>
    </message>
    <message>
        <source>Tutorial vs. this run</source>
        <translation>Tutorial vs. this run</translation>
    </message>
    <message>
        <source>&lt;b&gt;Timeline&lt;/b&gt; – one lane per process</source>
        <translation>&lt;b&gt;Timeline&lt;/b&gt; – one lane per process</translation>
    </message>
    <message>
        <source>Show the whole run again (Ctrl+0)</source>
        <translation>Show the whole run again (Ctrl+0)</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Reset zoom</translation>
    </message>
    <message>
        <source>Save the timeline chart as PNG, SVG or PDF</source>
        <translation>Save the timeline chart as PNG, SVG or PDF</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Export chart…</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processes</translation>
    </message>
    <message>
        <source>Every process of the run: identity, state, exit status and where its time went</source>
        <translation>Every process of the run: identity, state, exit status and where its time went</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>error: cannot write the screenshot to %1: %2</source>
        <translation>error: cannot write the screenshot to %1: %2</translation>
    </message>
    <message>
        <source>error: --tab must be one of naming, spawning, killing, daemons, barrier, pool, not '%1'</source>
        <translation>error: --tab must be one of naming, spawning, killing, daemons, barrier, pool, not '%1'</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>wrote %1</translation>
    </message>
    <message>
        <source>error: no display to open the lab window on. Use --batch or --screenshot, or run it under xvfb-run.</source>
        <translation>error: no display to open the lab window on. Use --batch or --screenshot, or run it under xvfb-run.</translation>
    </message>
    <message>
        <source>ProcLab makes operating-system multiprocessing visible: real worker processes, shared-memory barriers and locks, timelines and speedup charts.</source>
        <translation>ProcLab makes operating-system multiprocessing visible: real worker processes, shared-memory barriers and locks, timelines and speedup charts.</translation>
    </message>
    <message>
        <source>Open the window, run the tab's defaults, save a picture of the window to FILE and exit.</source>
        <translation>Open the window, run the tab's defaults, save a picture of the window to FILE and exit.</translation>
    </message>
    <message>
        <source>With --screenshot: the window's size, e.g. 1024x700 (default 1280x860).</source>
        <translation>With --screenshot: the window's size, e.g. 1024x700 (default 1280x860).</translation>
    </message>
    <message>
        <source>The tab to open: naming, spawning, killing, daemons, barrier or pool.</source>
        <translation>The tab to open: naming, spawning, killing, daemons, barrier or pool.</translation>
    </message>
    <message>
        <source>With --screenshot: take the picture MS milliseconds after the run starts, while it goes, instead of after it.</source>
        <translation>With --screenshot: take the picture MS milliseconds after the run starts, while it goes, instead of after it.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>%1: stopping the run and writing what it collected (again: exit at once)</source>
        <translation>%1: stopping the run and writing what it collected (again: exit at once)</translation>
    </message>
    <message>
        <source>error: --size must be WIDTHxHEIGHT between 320x240 and 7680x4320, not '%1'</source>
        <translation>error: --size must be WIDTHxHEIGHT between 320x240 and 7680x4320, not '%1'</translation>
    </message>
    <message>
        <source>error: --detail must be processes, waits, ipc or speedup (where the tab has it), not '%1'</source>
        <translation>error: --detail must be processes, waits, ipc or speedup (where the tab has it), not '%1'</translation>
    </message>
    <message>
        <source>With --screenshot: the page below the timeline: processes, waits, ipc or speedup.</source>
        <translation>With --screenshot: the page below the timeline: processes, waits, ipc or speedup.</translation>
    </message>
</context>
<context>
    <name>proclab::Arena</name>
    <message>
        <source>the run key %1 is too long</source>
        <translation>the run key %1 is too long</translation>
    </message>
    <message>
        <source>cannot initialise the shared lock</source>
        <translation>cannot initialise the shared lock</translation>
    </message>
    <message>
        <source>the shared memory %1 does not hold a task queue</source>
        <translation>the shared memory %1 does not hold a task queue</translation>
    </message>
</context>
<context>
    <name>proclab::BarrierScenario</name>
    <message>
        <source>was killed by signal %1</source>
        <translation>was killed by signal %1</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>timed out</translation>
    </message>
    <message>
        <source>failed to start</source>
        <translation>failed to start</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>exited with code %1</translation>
    </message>
    <message>
        <source> (it reported: %1)</source>
        <translation> (it reported: %1)</translation>
    </message>
    <message>
        <source>cannot create the barrier and lock (%1 primitives): %2</source>
        <translation>cannot create the barrier and lock (%1 primitives): %2</translation>
    </message>
    <message>
        <source>participant %1 (%2) was stopped (SIGSTOP or a debugger): the run cannot go on; it was killed and the barrier broken so that the others could end</source>
        <translation>participant %1 (%2) was stopped (SIGSTOP or a debugger): the run cannot go on; it was killed and the barrier broken so that the others could end</translation>
    </message>
    <message>
        <source>process %1 (%2) was stopped (SIGSTOP or a debugger): the run could not end while it was; it was killed</source>
        <translation>process %1 (%2) was stopped (SIGSTOP or a debugger): the run could not end while it was; it was killed</translation>
    </message>
    <message>
        <source>participant %1 (%2) %3%4; the barrier was broken so that the others could end</source>
        <translation>participant %1 (%2) %3%4; the barrier was broken so that the others could end</translation>
    </message>
    <message>
        <source>waited for a lock that no one can give back; killed by the lab</source>
        <translation>waited for a lock that no one can give back; killed by the lab</translation>
    </message>
    <message>
        <source>participant %1 (%2) died holding the lock. A POSIX semaphore has no owner, so nothing gave the lock back: it stayed taken, which is the deadlock Python's documentation warns about for Process.terminate().</source>
        <translation>participant %1 (%2) died holding the lock. A POSIX semaphore has no owner, so nothing gave the lock back: it stayed taken, which is the deadlock Python's documentation warns about for Process.terminate().</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) waiting for it would have waited for ever; the lab killed them to end the run.</source>
        <translation>
            <numerusform>%n participant waiting for it would have waited for ever; the lab killed it to end the run.</numerusform>
            <numerusform>%n participants waiting for it would have waited for ever; the lab killed them to end the run.</numerusform>
        </translation>
    </message>
    <message>
        <source>made no progress for %1 ms while the others waited: hung</source>
        <translation>made no progress for %1 ms while the others waited: hung</translation>
    </message>
    <message>
        <source>participant %1 (%2) made no progress for %3 ms while others waited; it was killed and the barrier broken</source>
        <translation>participant %1 (%2) made no progress for %3 ms while others waited; it was killed and the barrier broken</translation>
    </message>
    <message>
        <source>the barrier made no progress for %1 ms while participants waited; it was broken</source>
        <translation>the barrier made no progress for %1 ms while participants waited; it was broken</translation>
    </message>
    <message>
        <source>participant %1 (%2) did not end after the barrier was broken and was killed</source>
        <translation>participant %1 (%2) did not end after the barrier was broken and was killed</translation>
    </message>
</context>
<context>
    <name>proclab::Batch</name>
    <message>
        <source>Number of processes, participants or pool workers.</source>
        <translation>Number of processes, participants or pool workers.</translation>
    </message>
    <message>
        <source>Items per do_something call.</source>
        <translation>Items per do_something call.</translation>
    </message>
    <message>
        <source>Barrier rounds.</source>
        <translation>Barrier rounds.</translation>
    </message>
    <message>
        <source>Pool input size n (squares of range(n)).</source>
        <translation>Pool input size n (squares of range(n)).</translation>
    </message>
    <message>
        <source>Pool chunk size (0: Python's default).</source>
        <translation>Pool chunk size (0: Python's default).</translation>
    </message>
    <message>
        <source>Milliseconds before the signal is sent.</source>
        <translation>Milliseconds before the signal is sent.</translation>
    </message>
    <message>
        <source>Milliseconds a long-running worker works.</source>
        <translation>Milliseconds a long-running worker works.</translation>
    </message>
    <message>
        <source>Random seed for uneven work.</source>
        <translation>Random seed for uneven work.</translation>
    </message>
    <message>
        <source>Time limit of each run in milliseconds.</source>
        <translation>Time limit of each run in milliseconds.</translation>
    </message>
    <message>
        <source>Barrier &amp; Lock: what the lock and barrier are built from: qt (QSystemSemaphore), posix (sem_open, as Python), futex.</source>
        <translation>Barrier &amp; Lock: what the lock and barrier are built from: qt (QSystemSemaphore), posix (sem_open, as Python), futex.</translation>
    </message>
    <message>
        <source>Python runtime: multiprocessing's start method.</source>
        <translation>Python runtime: multiprocessing's start method.</translation>
    </message>
    <message>
        <source>Barrier &amp; Lock: break it: kill-holder (kill the lock holder inside its critical section) or exit-after-last-barrier.</source>
        <translation>Barrier &amp; Lock: break it: kill-holder (kill the lock holder inside its critical section) or exit-after-last-barrier.</translation>
    </message>
    <message>
        <source>Run SCENARIO headless and exit. One of: %1, all.</source>
        <translation>Run SCENARIO headless and exit. One of: %1, all.</translation>
    </message>
    <message>
        <source>Directory for the data files and charts.</source>
        <translation>Directory for the data files and charts.</translation>
    </message>
    <message>
        <source>Barrier &amp; Lock and Pool: write the run's kernel objects (as last seen while it ran, and whether each is gone after it) into the run file.</source>
        <translation>Barrier &amp; Lock and Pool: write the run's kernel objects (as last seen while it ran, and whether each is gone after it) into the run file.</translation>
    </message>
    <message>
        <source>Signal for the killing scenario: term or kill.</source>
        <translation>Signal for the killing scenario: term or kill.</translation>
    </message>
    <message>
        <source>Spawning: join() inside the loop, as the tutorial's mistake does.</source>
        <translation>Spawning: join() inside the loop, as the tutorial's mistake does.</translation>
    </message>
    <message>
        <source>Daemons: kill the parent abruptly to show orphaned children.</source>
        <translation>Daemons: kill the parent abruptly to show orphaned children.</translation>
    </message>
    <message>
        <source>Pool: one run per worker count A to B, for the speedup chart.</source>
        <translation>Pool: one run per worker count A to B, for the speedup chart.</translation>
    </message>
    <message>
        <source>Chart image formats, comma separated: png, svg, pdf.</source>
        <translation>Chart image formats, comma separated: png, svg, pdf.</translation>
    </message>
    <message>
        <source>--batch: unknown scenario '%1'; allowed: %2, all</source>
        <translation>--batch: unknown scenario '%1'; allowed: %2, all</translation>
    </message>
    <message>
        <source>--out: a directory for the results is required</source>
        <translation>--out: a directory for the results is required</translation>
    </message>
    <message>
        <source>--%1 does not apply to the %2 scenario</source>
        <translation>--%1 does not apply to the %2 scenario</translation>
    </message>
    <message>
        <source>--%1 applies to no scenario</source>
        <translation>--%1 applies to no scenario</translation>
    </message>
    <message>
        <source>--%1 must be an integer between %2 and %3, not '%4'</source>
        <translation>--%1 must be an integer between %2 and %3, not '%4'</translation>
    </message>
    <message>
        <source>--%1 must be one of %2, not '%3'</source>
        <translation>--%1 must be one of %2, not '%3'</translation>
    </message>
    <message>
        <source>--%1 applies to the C++ runtime only (Python's multiprocessing brings its own POSIX semaphores)</source>
        <translation>--%1 applies to the C++ runtime only (Python's multiprocessing brings its own POSIX semaphores)</translation>
    </message>
    <message>
        <source>--start-method applies to the Python runtime only (add --runtime python)</source>
        <translation>--start-method applies to the Python runtime only (add --runtime python)</translation>
    </message>
    <message>
        <source>--signal must be term or kill, not '%1'</source>
        <translation>--signal must be term or kill, not '%1'</translation>
    </message>
    <message>
        <source>--kill-parent applies to the daemons scenario only</source>
        <translation>--kill-parent applies to the daemons scenario only</translation>
    </message>
    <message>
        <source>--sweep applies to the pool scenario only</source>
        <translation>--sweep applies to the pool scenario only</translation>
    </message>
    <message>
        <source>--sweep must be A-B with %1 &lt;= A &lt;= B &lt;= %2, not '%3'</source>
        <translation>--sweep must be A-B with %1 &lt;= A &lt;= B &lt;= %2, not '%3'</translation>
    </message>
    <message>
        <source>--format: unknown image format '%1'; allowed: png, svg, pdf</source>
        <translation>--format: unknown image format '%1'; allowed: png, svg, pdf</translation>
    </message>
    <message>
        <source>--format: give at least one of png, svg, pdf</source>
        <translation>--format: give at least one of png, svg, pdf</translation>
    </message>
    <message>
        <source>error: cannot create the output directory %1</source>
        <translation>error: cannot create the output directory %1</translation>
    </message>
    <message>
        <source>error: the output directory %1 is not writable</source>
        <translation>error: the output directory %1 is not writable</translation>
    </message>
    <message>
        <source>interrupted by %1</source>
        <translation>interrupted by %1</translation>
    </message>
    <message>
        <source>%1: %2 processes, wall %3 ms</source>
        <translation>%1: %2 processes, wall %3 ms</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1: error: %2</translation>
    </message>
    <message>
        <source>  kernel objects at %1 ms:</source>
        <translation>  kernel objects at %1 ms:</translation>
    </message>
    <message numerus="yes">
        <source>  after the run: all %n object(s) gone</source>
        <translation>
            <numerusform>  after the run: all %n object gone</numerusform>
            <numerusform>  after the run: all %n objects gone</numerusform>
        </translation>
    </message>
    <message>
        <source>  after the run: objects left behind:</source>
        <translation>  after the run: objects left behind:</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>  wrote %1</source>
        <translation>  wrote %1</translation>
    </message>
    <message>
        <source>sweep: error: %1</source>
        <translation>sweep: error: %1</translation>
    </message>
    <message>
        <source>%1 sweep: %2 C++ and %3 Python points</source>
        <translation>%1 sweep: %2 C++ and %3 Python points</translation>
    </message>
    <message>
        <source>%1 sweep: %2 points</source>
        <translation>%1 sweep: %2 points</translation>
    </message>
    <message>
        <source>Who runs the scenario: cpp (the lab's C++ workers), python (the tutorial's own program in CPython multiprocessing, traced), both (one after the other) or both-together (at the same time); Python's files are S-python.*. barrier and pool also take mpi (MPI ranks under mpirun, files S-mpi.*; --workers is the number of ranks).</source>
        <translation>Who runs the scenario: cpp (the lab's C++ workers), python (the tutorial's own program in CPython multiprocessing, traced), both (one after the other) or both-together (at the same time); Python's files are S-python.*. barrier and pool also take mpi (MPI ranks under mpirun, files S-mpi.*; --workers is the number of ranks).</translation>
    </message>
    <message>
        <source>MPI runtime: run the ranks on the hosts of this Open MPI hostfile (its host and slots=N lines are mpirun's); default: this machine.</source>
        <translation>MPI runtime: run the ranks on the hosts of this Open MPI hostfile (its host and slots=N lines are mpirun's); default: this machine.</translation>
    </message>
    <message>
        <source>--%1 %2 applies to %3 only</source>
        <translation>--%1 %2 applies to %3 only</translation>
    </message>
    <message>
        <source>--hostfile applies to the MPI runtime only (add --runtime mpi)</source>
        <translation>--hostfile applies to the MPI runtime only (add --runtime mpi)</translation>
    </message>
    <message>
        <source>--hostfile: cannot read '%1'</source>
        <translation>--hostfile: cannot read '%1'</translation>
    </message>
    <message>
        <source>--primitives applies to the C++ runtime only (MPI ranks meet at MPI_Barrier and lock with MPI-3 RMA atomics)</source>
        <translation>--primitives applies to the C++ runtime only (MPI ranks meet at MPI_Barrier and lock with MPI-3 RMA atomics)</translation>
    </message>
    <message>
        <source>--break: the MPI runtime takes none or kill-holder</source>
        <translation>--break: the MPI runtime takes none or kill-holder</translation>
    </message>
</context>
<context>
    <name>proclab::ChartExport</name>
    <message>
        <source>%1 x %2 pixels is too large for a PNG (at most %3 per side)</source>
        <translation>%1 x %2 pixels is too large for a PNG (at most %3 per side)</translation>
    </message>
    <message>
        <source>not enough memory for a %1 x %2 image</source>
        <translation>not enough memory for a %1 x %2 image</translation>
    </message>
    <message>
        <source>cannot encode PNG for %1</source>
        <translation>cannot encode PNG for %1</translation>
    </message>
    <message>
        <source>Chart exported by ProcLab</source>
        <translation>Chart exported by ProcLab</translation>
    </message>
    <message>
        <source>there is no chart to export</source>
        <translation>there is no chart to export</translation>
    </message>
    <message>
        <source>cannot export %1: unknown image format '%2'; use .png, .svg or .pdf</source>
        <translation>cannot export %1: unknown image format '%2'; use .png, .svg or .pdf</translation>
    </message>
    <message>
        <source>cannot export %1: size %2 x %3 is out of range (16 to %4)</source>
        <translation>cannot export %1: size %2 x %3 is out of range (16 to %4)</translation>
    </message>
    <message>
        <source>cannot export %1: resolution %2 dpi is out of range (%3 to %4)</source>
        <translation>cannot export %1: resolution %2 dpi is out of range (%3 to %4)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>cannot render the chart into %1: %2</source>
        <translation>cannot render the chart into %1: %2</translation>
    </message>
</context>
<context>
    <name>proclab::ChartExportDialog</name>
    <message>
        <source>Export Chart</source>
        <translation>Export Chart</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Please end the file name with .png, .svg or .pdf: the suffix chooses the format.</source>
        <translation>Please end the file name with .png, .svg or .pdf: the suffix chooses the format.</translation>
    </message>
</context>
<context>
    <name>proclab::ChartPalette</name>
    <message>
        <source>work</source>
        <translation>work</translation>
    </message>
    <message>
        <source>barrier wait</source>
        <translation>barrier wait</translation>
    </message>
    <message>
        <source>lock wait</source>
        <translation>lock wait</translation>
    </message>
    <message>
        <source>lock hold</source>
        <translation>lock hold</translation>
    </message>
    <message>
        <source>task</source>
        <translation>task</translation>
    </message>
    <message>
        <source>launch</source>
        <translation>launch</translation>
    </message>
    <message>
        <source>signal sent</source>
        <translation>signal sent</translation>
    </message>
    <message>
        <source>exit (normal)</source>
        <translation>exit (normal)</translation>
    </message>
    <message>
        <source>exit (error)</source>
        <translation>exit (error)</translation>
    </message>
    <message>
        <source>exit (status unknown)</source>
        <translation>exit (status unknown)</translation>
    </message>
    <message>
        <source>exit (killed)</source>
        <translation>exit (killed)</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>zombie</source>
        <translation>zombie</translation>
    </message>
</context>
<context>
    <name>proclab::CodePanel</name>
    <message>
        <source>The tutorial's code and claims, checked against this run</source>
        <translation>The tutorial's code and claims, checked against this run</translation>
    </message>
</context>
<context>
    <name>proclab::CriticalPathModel</name>
    <message>
        <source>being launched (the lab's launch overhead)</source>
        <translation>being launched (the lab's launch overhead)</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>waiting, no one to blame</source>
        <translation>waiting, no one to blame</translation>
    </message>
    <message>
        <source>woken by %1's arrival at the barrier</source>
        <translation>woken by %1's arrival at the barrier</translation>
    </message>
    <message>
        <source>woken by %1's release of the lock</source>
        <translation>woken by %1's release of the lock</translation>
    </message>
    <message>
        <source>took over the lock from %1, who died holding it</source>
        <translation>took over the lock from %1, who died holding it</translation>
    </message>
    <message>
        <source>woken by %1</source>
        <translation>woken by %1</translation>
    </message>
    <message>
        <source>the lab joining %1 (join overhead)</source>
        <translation>the lab joining %1 (join overhead)</translation>
    </message>
    <message>
        <source>From (ms)</source>
        <translation>From (ms)</translation>
    </message>
    <message>
        <source>Length (ms)</source>
        <translation>Length (ms)</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Process</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>No critical path: the run has no process that exited.</source>
        <translation>No critical path: the run has no process that exited.</translation>
    </message>
    <message>
        <source>Critical path: %1 ms of the %2 ms wall time, walked back from the last exit. Of the wall time: running %3%, waiting %4%, the lab's launch and join overhead %5%.</source>
        <translation>Critical path: %1 ms of the %2 ms wall time, walked back from the last exit. Of the wall time: running %3%, waiting %4%, the lab's launch and join overhead %5%.</translation>
    </message>
</context>
<context>
    <name>proclab::EventParser</name>
    <message>
        <source>unknown span kind</source>
        <translation>unknown span kind</translation>
    </message>
    <message>
        <source>expected key=value after the span kind</source>
        <translation>expected key=value after the span kind</translation>
    </message>
    <message>
        <source>span attribute is not a non-negative integer</source>
        <translation>span attribute is not a non-negative integer</translation>
    </message>
    <message>
        <source>unknown or repeated span attribute</source>
        <translation>unknown or repeated span attribute</translation>
    </message>
    <message>
        <source>tasks needs begin and end offsets</source>
        <translation>tasks needs begin and end offsets</translation>
    </message>
    <message>
        <source>task offset out of range</source>
        <translation>task offset out of range</translation>
    </message>
    <message>
        <source>task offset is not a non-negative integer</source>
        <translation>task offset is not a non-negative integer</translation>
    </message>
    <message>
        <source>more than %1 tasks in one line</source>
        <translation>more than %1 tasks in one line</translation>
    </message>
    <message>
        <source>task ends before it begins</source>
        <translation>task ends before it begins</translation>
    </message>
    <message>
        <source>task without an end offset</source>
        <translation>task without an end offset</translation>
    </message>
    <message>
        <source>task index out of range</source>
        <translation>task index out of range</translation>
    </message>
    <message>
        <source>unexpected trailing fields</source>
        <translation>unexpected trailing fields</translation>
    </message>
    <message>
        <source>expected a non-negative integer</source>
        <translation>expected a non-negative integer</translation>
    </message>
    <message>
        <source>exit code out of range 0-255</source>
        <translation>exit code out of range 0-255</translation>
    </message>
    <message>
        <source>spawn needs a child id and a child pid</source>
        <translation>spawn needs a child id and a child pid</translation>
    </message>
    <message>
        <source>spawn mode must be daemon or regular</source>
        <translation>spawn mode must be daemon or regular</translation>
    </message>
    <message>
        <source>spawn needs a child name</source>
        <translation>spawn needs a child name</translation>
    </message>
    <message>
        <source>reaped needs a child id, normal|signal and a code</source>
        <translation>reaped needs a child id, normal|signal and a code</translation>
    </message>
    <message>
        <source>empty note</source>
        <translation>empty note</translation>
    </message>
    <message>
        <source>tasks needs a first task index</source>
        <translation>tasks needs a first task index</translation>
    </message>
    <message>
        <source>unknown event type</source>
        <translation>unknown event type</translation>
    </message>
    <message>
        <source>empty line</source>
        <translation>empty line</translation>
    </message>
    <message>
        <source>control character in line</source>
        <translation>control character in line</translation>
    </message>
    <message>
        <source>bad timestamp</source>
        <translation>bad timestamp</translation>
    </message>
    <message>
        <source>bad pid</source>
        <translation>bad pid</translation>
    </message>
    <message>
        <source>bad process id</source>
        <translation>bad process id</translation>
    </message>
    <message>
        <source>missing event type</source>
        <translation>missing event type</translation>
    </message>
    <message>
        <source>cause needs a span kind and a cause event</source>
        <translation>cause needs a span kind and a cause event</translation>
    </message>
    <message>
        <source>cause needs a process id and a timestamp</source>
        <translation>cause needs a process id and a timestamp</translation>
    </message>
    <message>
        <source>signal_sent needs a child id and a signal</source>
        <translation>signal_sent needs a child id and a signal</translation>
    </message>
    <message>
        <source>only a barrier_wait begin with its round can end with last</source>
        <translation>only a barrier_wait begin with its round can end with last</translation>
    </message>
    <message>
        <source>taskrun needs task durations</source>
        <translation>taskrun needs task durations</translation>
    </message>
    <message>
        <source>cause= belongs once on an end, as event:process:ns-before or unknown</source>
        <translation>cause= belongs once on an end, as event:process:ns-before or unknown</translation>
    </message>
</context>
<context>
    <name>proclab::EventStream</name>
    <message>
        <source>line longer than %1 bytes</source>
        <translation>line longer than %1 bytes</translation>
    </message>
    <message>
        <source>line cut off before its end</source>
        <translation>line cut off before its end</translation>
    </message>
</context>
<context>
    <name>proclab::ExitStamp</name>
    <message>
        <source>measured by the kernel (pidfd)</source>
        <translation>measured by the kernel (pidfd)</translation>
    </message>
    <message>
        <source>reported by the process itself</source>
        <translation>reported by the process itself</translation>
    </message>
    <message>
        <source>when the lab noticed</source>
        <translation>when the lab noticed</translation>
    </message>
</context>
<context>
    <name>proclab::Export</name>
    <message>
        <source>not a %1 document</source>
        <translation>not a %1 document</translation>
    </message>
    <message>
        <source>process %1 has id %2; ids must be 0, 1, 2, … in order</source>
        <translation>process %1 has id %2; ids must be 0, 1, 2, … in order</translation>
    </message>
    <message>
        <source>process %1 has an unknown exit kind</source>
        <translation>process %1 has an unknown exit kind</translation>
    </message>
    <message>
        <source>process %1 has a span of unknown kind</source>
        <translation>process %1 has a span of unknown kind</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>proclab::IpcObjectModel</name>
    <message>
        <source>gone</source>
        <translation>gone</translation>
    </message>
    <message>
        <source>LEFT BEHIND</source>
        <translation>LEFT BEHIND</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>not checked</translation>
    </message>
    <message>
        <source>(while running)</source>
        <translation>(while running)</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Kernel name</source>
        <translation>Kernel name</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <source>After the run</source>
        <translation>After the run</translation>
    </message>
    <message>
        <source>System V shared memory</source>
        <translation>System V shared memory</translation>
    </message>
    <message>
        <source>System V semaphore</source>
        <translation>System V semaphore</translation>
    </message>
    <message>
        <source>POSIX semaphore</source>
        <translation>POSIX semaphore</translation>
    </message>
    <message>
        <source>robust mutex</source>
        <translation>robust mutex</translation>
    </message>
    <message>
        <source>futex barrier</source>
        <translation>futex barrier</translation>
    </message>
    <message>
        <source>barrier (as CPython)</source>
        <translation>barrier (as CPython)</translation>
    </message>
    <message>
        <source>barrier (semaphores)</source>
        <translation>barrier (semaphores)</translation>
    </message>
    <message>
        <source>task queue</source>
        <translation>task queue</translation>
    </message>
    <message>
        <source>counter</source>
        <translation>counter</translation>
    </message>
    <message>
        <source>arrive %1/%2</source>
        <comment>participant's arrive semaphore of a round phase</comment>
        <translation>arrive %1/%2</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>segment</translation>
    </message>
    <message>
        <source>lock</source>
        <translation>lock</translation>
    </message>
    <message>
        <source>barrier</source>
        <translation>barrier</translation>
    </message>
    <message>
        <source>exit gate</source>
        <translation>exit gate</translation>
    </message>
    <message>
        <source>condition lock</source>
        <translation>condition lock</translation>
    </message>
    <message>
        <source>condition sleeping</source>
        <translation>condition sleeping</translation>
    </message>
    <message>
        <source>condition woken</source>
        <translation>condition woken</translation>
    </message>
    <message>
        <source>condition wait</source>
        <translation>condition wait</translation>
    </message>
    <message>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <source>waiters</source>
        <translation>waiters</translation>
    </message>
    <message>
        <source>waiting for zero</source>
        <translation>waiting for zero</translation>
    </message>
    <message>
        <source>last pid</source>
        <translation>last pid</translation>
    </message>
    <message>
        <source>key</source>
        <translation>key</translation>
    </message>
    <message>
        <source>size</source>
        <translation>size</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>creator pid</source>
        <translation>creator pid</translation>
    </message>
    <message>
        <source>attached</source>
        <translation>attached</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>owner</translation>
    </message>
    <message>
        <source>owner died</source>
        <translation>owner died</translation>
    </message>
    <message>
        <source>holder (recorded)</source>
        <translation>holder (recorded)</translation>
    </message>
    <message>
        <source>parties</source>
        <translation>parties</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>arrived</translation>
    </message>
    <message>
        <source>generation</source>
        <translation>generation</translation>
    </message>
    <message>
        <source>sleeping</source>
        <translation>sleeping</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>broken</translation>
    </message>
    <message>
        <source>state</source>
        <translation>state</translation>
    </message>
    <message>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <source>slots</source>
        <translation>slots</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>tasks</translation>
    </message>
    <message>
        <source>chunk size</source>
        <translation>chunk size</translation>
    </message>
    <message>
        <source>next index</source>
        <translation>next index</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>proclab::KeptWaitingModel</name>
    <message>
        <source>%1 waited %2 ms for %3</source>
        <translation>%1 waited %2 ms for %3</translation>
    </message>
    <message>
        <source>%1 waited for…</source>
        <translation>%1 waited for…</translation>
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
        <translation>About ProcLab</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ProcLab %1&lt;/h3&gt;&lt;p&gt;A lab for operating-system multiprocessing. It re-creates the six scenarios of a Python &lt;tt&gt;multiprocessing&lt;/tt&gt; tutorial with real worker processes and shows what happens: every process a lane on a timeline, every barrier wait and lock hold a span, every run a point on a speedup chart.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Licensed under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ProcLab %1&lt;/h3&gt;&lt;p&gt;A lab for operating-system multiprocessing. It re-creates the six scenarios of a Python &lt;tt&gt;multiprocessing&lt;/tt&gt; tutorial with real worker processes and shows what happens: every process a lane on a timeline, every barrier wait and lock hold a span, every run a point on a speedup chart.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Licensed under the MIT licence.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The tutorial's %1</source>
        <translation>The tutorial's %1</translation>
    </message>
    <message>
        <source>The language of the whole window; switches at once</source>
        <translation>The language of the whole window; switches at once</translation>
    </message>
    <message numerus="yes">
        <source>%n core(s)</source>
        <translation>
            <numerusform>%n core</numerusform>
            <numerusform>%n cores</numerusform>
        </translation>
    </message>
    <message>
        <source>Processor cores available to the runs: more workers than this cannot run at the same time</source>
        <translation>Processor cores available to the runs: more workers than this cannot run at the same time</translation>
    </message>
    <message>
        <source>Quit ProcLab</source>
        <translation>Quit ProcLab</translation>
    </message>
    <message>
        <source>A run is still going. Quit anyway? Every process of it will be killed; its data is not saved.</source>
        <translation>A run is still going. Quit anyway? Every process of it will be killed; its data is not saved.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>proclab::MpiScenario</name>
    <message>
        <source>mpirun was not found: the MPI runtime needs Open MPI (the Debian packages openmpi-bin and libopenmpi-dev, installed by scripts/setup.sh)</source>
        <translation>mpirun was not found: the MPI runtime needs Open MPI (the Debian packages openmpi-bin and libopenmpi-dev, installed by scripts/setup.sh)</translation>
    </message>
    <message>
        <source>proclab-mpi-worker was not built (it needs libopenmpi-dev at build time)</source>
        <translation>proclab-mpi-worker was not built (it needs libopenmpi-dev at build time)</translation>
    </message>
    <message>
        <source>the MPI runtime runs the Barrier &amp; Lock and Pool scenarios only</source>
        <translation>the MPI runtime runs the Barrier &amp; Lock and Pool scenarios only</translation>
    </message>
    <message>
        <source>on MPI ranks the lab can break a run by killing the lock holder only</source>
        <translation>on MPI ranks the lab can break a run by killing the lock holder only</translation>
    </message>
    <message>
        <source>the hostfile %1 cannot be read</source>
        <translation>the hostfile %1 cannot be read</translation>
    </message>
    <message>
        <source>cannot create the run's directory: %1</source>
        <translation>cannot create the run's directory: %1</translation>
    </message>
    <message>
        <source>rank %1</source>
        <translation>rank %1</translation>
    </message>
    <message>
        <source>rank %1 runs where the lab cannot signal it; the lab ended the job</source>
        <translation>rank %1 runs where the lab cannot signal it; the lab ended the job</translation>
    </message>
    <message>
        <source>process %1 (%2) was stopped (SIGSTOP or a debugger): every other rank waits for it; the lab killed it, and MPI ends the job</source>
        <translation>process %1 (%2) was stopped (SIGSTOP or a debugger): every other rank waits for it; the lab killed it, and MPI ends the job</translation>
    </message>
    <message>
        <source>a rank left an MPI_Barrier before the last rank had arrived</source>
        <translation>a rank left an MPI_Barrier before the last rank had arrived</translation>
    </message>
    <message>
        <source>two ranks held the MPI lock at the same time</source>
        <translation>two ranks held the MPI lock at the same time</translation>
    </message>
    <message>
        <source>the counter incremented under the MPI lock is %1, not %2: increments were lost</source>
        <translation>the counter incremented under the MPI lock is %1, not %2: increments were lost</translation>
    </message>
    <message>
        <source>rank 0 did not gather the results</source>
        <translation>rank 0 did not gather the results</translation>
    </message>
    <message>
        <source>%1 of %2 tasks did not run exactly once (%3 missing, %4 more than once)</source>
        <translation>%1 of %2 tasks did not run exactly once (%3 missing, %4 more than once)</translation>
    </message>
    <message>
        <source>%1 gathered results are not the square of their index</source>
        <translation>%1 gathered results are not the square of their index</translation>
    </message>
    <message>
        <source>mpirun ended with %1: %2</source>
        <translation>mpirun ended with %1: %2</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>exit code %1</translation>
    </message>
    <message>
        <source>signal %1</source>
        <translation>signal %1</translation>
    </message>
    <message>
        <source>it said nothing</source>
        <translation>it said nothing</translation>
    </message>
    <message>
        <source>MPI is fail-stop: %1 was killed, and mpirun ended the job: %2 of the other %3 ranks ended without finishing, the last %4 ms after it; mpirun exited with %5</source>
        <translation>MPI is fail-stop: %1 was killed, and mpirun ended the job: %2 of the other %3 ranks ended without finishing, the last %4 ms after it; mpirun exited with %5</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>rank %1 wrote to stderr: %2</source>
        <translation>rank %1 wrote to stderr: %2</translation>
    </message>
    <message>
        <source>the run's directory %1 could not be removed</source>
        <translation>the run's directory %1 could not be removed</translation>
    </message>
</context>
<context>
    <name>proclab::ParameterPanel</name>
    <message>
        <source>items</source>
        <translation>items</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>processes</source>
        <translation>processes</translation>
    </message>
    <message>
        <source>rounds</source>
        <translation>rounds</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>tasks</translation>
    </message>
    <message>
        <source>The most is %L1.</source>
        <translation>The most is %L1.</translation>
    </message>
    <message>
        <source>The least is %L1.</source>
        <translation>The least is %L1.</translation>
    </message>
    <message>
        <source>&amp;Workers:</source>
        <translation>&amp;Workers:</translation>
    </message>
    <message>
        <source>Wor&amp;kload:</source>
        <translation>Wor&amp;kload:</translation>
    </message>
    <message>
        <source>&amp;Rounds:</source>
        <translation>&amp;Rounds:</translation>
    </message>
    <message>
        <source>&amp;Tasks:</source>
        <translation>&amp;Tasks:</translation>
    </message>
    <message>
        <source>&amp;Chunk size:</source>
        <translation>&amp;Chunk size:</translation>
    </message>
    <message>
        <source>&amp;Kill after:</source>
        <translation>&amp;Kill after:</translation>
    </message>
    <message>
        <source>&amp;Signal:</source>
        <translation>&amp;Signal:</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>S&amp;eed:</translation>
    </message>
    <message>
        <source>Mistake:</source>
        <translation>Mistake:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Duration:</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>Time limit:</translation>
    </message>
    <message>
        <source>&amp;Primitives:</source>
        <translation>&amp;Primitives:</translation>
    </message>
    <message>
        <source>&amp;Break it:</source>
        <translation>&amp;Break it:</translation>
    </message>
    <message>
        <source>R&amp;untime:</source>
        <translation>R&amp;untime:</translation>
    </message>
    <message>
        <source>Start &amp;method:</source>
        <translation>Start &amp;method:</translation>
    </message>
    <message>
        <source>Qt – QSystemSemaphore</source>
        <translation>Qt – QSystemSemaphore</translation>
    </message>
    <message>
        <source>POSIX – sem_open, as Python</source>
        <translation>POSIX – sem_open, as Python</translation>
    </message>
    <message>
        <source>futex – robust mutex</source>
        <translation>futex – robust mutex</translation>
    </message>
    <message>
        <source>C++ workers</source>
        <translation>C++ workers</translation>
    </message>
    <message>
        <source>the tutorial's Python</source>
        <translation>the tutorial's Python</translation>
    </message>
    <message>
        <source>both: C++, then Python</source>
        <translation>both: C++, then Python</translation>
    </message>
    <message>
        <source>both at the same time</source>
        <translation>both at the same time</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>kill the lock holder in its critical section</source>
        <translation>kill the lock holder in its critical section</translation>
    </message>
    <message>
        <source>exit right after the last barrier</source>
        <translation>exit right after the last barrier</translation>
    </message>
    <message>
        <source>How many processes take part in the barrier (Python: Barrier(N)).</source>
        <translation>How many processes take part in the barrier (Python: Barrier(N)).</translation>
    </message>
    <message>
        <source>How many worker processes the pool starts (Python: Pool(processes=N)).</source>
        <translation>How many worker processes the pool starts (Python: Pool(processes=N)).</translation>
    </message>
    <message>
        <source>How many processes the loop starts.</source>
        <translation>How many processes the loop starts.</translation>
    </message>
    <message>
        <source>Items per step: process i fills a list with i × this many random numbers.</source>
        <translation>Items per step: process i fills a list with i × this many random numbers.</translation>
    </message>
    <message>
        <source>Extra random numbers each task generates, so that tasks take measurable time.</source>
        <translation>Extra random numbers each task generates, so that tasks take measurable time.</translation>
    </message>
    <message>
        <source>How many random numbers each do_something() call puts into its list.</source>
        <translation>How many random numbers each do_something() call puts into its list.</translation>
    </message>
    <message>
        <source>How many times every participant works, meets the others at the barrier and enters the critical section.</source>
        <translation>How many times every participant works, meets the others at the barrier and enters the critical section.</translation>
    </message>
    <message>
        <source>The pool maps square() over range(n): this is n.</source>
        <translation>The pool maps square() over range(n): this is n.</translation>
    </message>
    <message>
        <source>How many tasks a worker takes at once; 0 uses Python's default, ceil(n / (4 × workers)).</source>
        <translation>How many tasks a worker takes at once; 0 uses Python's default, ceil(n / (4 × workers)).</translation>
    </message>
    <message>
        <source>How long the victim runs before the lab sends it the signal.</source>
        <translation>How long the victim runs before the lab sends it the signal.</translation>
    </message>
    <message>
        <source>terminate() sends SIGTERM (15); kill() sends SIGKILL (9), which cannot be caught.</source>
        <translation>terminate() sends SIGTERM (15); kill() sends SIGKILL (9), which cannot be caught.</translation>
    </message>
    <message>
        <source>Seed for the uneven work of each participant: the same seed repeats the same run.</source>
        <translation>Seed for the uneven work of each participant: the same seed repeats the same run.</translation>
    </message>
    <message>
        <source>Call join() inside the start loop, the tutorial's mistake: each process must finish before the next starts, so nothing runs in parallel.</source>
        <translation>Call join() inside the start loop, the tutorial's mistake: each process must finish before the next starts, so nothing runs in parallel.</translation>
    </message>
    <message>
        <source>How long the parent and its children work.</source>
        <translation>How long the parent and its children work.</translation>
    </message>
    <message>
        <source>How long the victim would run if nobody stopped it.</source>
        <translation>How long the victim would run if nobody stopped it.</translation>
    </message>
    <message>
        <source>The lab kills every process still running after this time.</source>
        <translation>The lab kills every process still running after this time.</translation>
    </message>
    <message>
        <source>What the lock and the barrier are built from. Qt: QSystemSemaphore (System V, undone by the kernel when a process exits). POSIX: named semaphores, as Python's multiprocessing uses (no undo). futex: a robust mutex that tells the next holder when the last one died.</source>
        <translation>What the lock and the barrier are built from. Qt: QSystemSemaphore (System V, undone by the kernel when a process exits). POSIX: named semaphores, as Python's multiprocessing uses (no undo). futex: a robust mutex that tells the next holder when the last one died.</translation>
    </message>
    <message>
        <source>C++ workers started by the lab, or the tutorial's own program run by CPython's multiprocessing and traced live by the lab's tracing module.</source>
        <translation>C++ workers started by the lab, or the tutorial's own program run by CPython's multiprocessing and traced live by the lab's tracing module.</translation>
    </message>
    <message>
        <source>How Python's multiprocessing starts a process: fork (copy the parent), spawn (a fresh interpreter) or forkserver (forked from a server process; the default from Python 3.14).</source>
        <translation>How Python's multiprocessing starts a process: fork (copy the parent), spawn (a fresh interpreter) or forkserver (forked from a server process; the default from Python 3.14).</translation>
    </message>
    <message>
        <source>Break the run on purpose and watch what each family of primitives does: kill the lock holder inside its critical section, or let the participants exit the moment they pass the last barrier.</source>
        <translation>Break the run on purpose and watch what each family of primitives does: kill the lock holder inside its critical section, or let the participants exit the moment they pass the last barrier.</translation>
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
        <translation>join() inside the loop</translation>
    </message>
    <message>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <source>MPI ranks (mpirun)</source>
        <translation>MPI ranks (mpirun)</translation>
    </message>
    <message>
        <source>Barrier &amp; Lock or Pool on MPI ranks started by mpirun (Open MPI), on this machine or a hostfile's hosts; clocks aligned to rank 0's.</source>
        <translation>Barrier &amp; Lock or Pool on MPI ranks started by mpirun (Open MPI), on this machine or a hostfile's hosts; clocks aligned to rank 0's.</translation>
    </message>
</context>
<context>
    <name>proclab::PoolScenario</name>
    <message>
        <source>cannot create the task queue: %1</source>
        <translation>cannot create the task queue: %1</translation>
    </message>
    <message>
        <source> while holding tasks %1</source>
        <translation> while holding tasks %1</translation>
    </message>
    <message>
        <source>pool worker %1 (%2) %3%4</source>
        <translation>pool worker %1 (%2) %3%4</translation>
    </message>
    <message>
        <source>pool worker %1 (%2) %3%4%5: the pool is broken (as concurrent.futures reports BrokenProcessPool); the other workers were told to stop, the results so far are kept</source>
        <translation>pool worker %1 (%2) %3%4%5: the pool is broken (as concurrent.futures reports BrokenProcessPool); the other workers were told to stop, the results so far are kept</translation>
    </message>
    <message>
        <source>pool worker %1 (%2) was stopped (SIGSTOP or a debugger)%3: the run cannot go on; it was killed and the pool broken (the other workers were told to stop, the results so far are kept)</source>
        <translation>pool worker %1 (%2) was stopped (SIGSTOP or a debugger)%3: the run cannot go on; it was killed and the pool broken (the other workers were told to stop, the results so far are kept)</translation>
    </message>
    <message>
        <source>completed no task for %1 ms while tasks remained: hung</source>
        <translation>completed no task for %1 ms while tasks remained: hung</translation>
    </message>
    <message>
        <source>pool worker %1 (%2) is hung: no task was completed for %3 ms while tasks remained, and it holds tasks %4; it was killed and the pool broken (the other workers were told to stop, the results so far are kept)</source>
        <translation>pool worker %1 (%2) is hung: no task was completed for %3 ms while tasks remained, and it holds tasks %4; it was killed and the pool broken (the other workers were told to stop, the results so far are kept)</translation>
    </message>
    <message>
        <source>the pool completed no task for %1 ms while tasks remained; it was broken</source>
        <translation>the pool completed no task for %1 ms while tasks remained; it was broken</translation>
    </message>
    <message>
        <source>pool worker %1 (%2) did not end after the pool was broken and was killed</source>
        <translation>pool worker %1 (%2) did not end after the pool was broken and was killed</translation>
    </message>
    <message>
        <source>pool worker %1 (%2) %3</source>
        <translation>pool worker %1 (%2) %3</translation>
    </message>
    <message>
        <source>%1 tasks were lost (%2): pool worker %3 (%4) held them and ended without running them</source>
        <translation>%1 tasks were lost (%2): pool worker %3 (%4) held them and ended without running them</translation>
    </message>
    <message>
        <source>%1 tasks done according to shared memory have no span (%2): pool worker %3 (%4) ended before reporting them; they count as done</source>
        <translation>%1 tasks done according to shared memory have no span (%2): pool worker %3 (%4) ended before reporting them; they count as done</translation>
    </message>
    <message>
        <source>%1 of %2 tasks were not run: the pool broke first</source>
        <translation>%1 of %2 tasks were not run: the pool broke first</translation>
    </message>
    <message>
        <source>%1 of %2 tasks were not run: the run was ended first</source>
        <translation>%1 of %2 tasks were not run: the run was ended first</translation>
    </message>
    <message>
        <source>%1 of %2 tasks were never run</source>
        <translation>%1 of %2 tasks were never run</translation>
    </message>
    <message>
        <source>%1 tasks ran more than once</source>
        <translation>%1 tasks ran more than once</translation>
    </message>
</context>
<context>
    <name>proclab::PosixObjects</name>
    <message>
        <source>cannot create the semaphore %1: %2</source>
        <translation>cannot create the semaphore %1: %2</translation>
    </message>
</context>
<context>
    <name>proclab::ProcessSupervisor</name>
    <message>
        <source>process %1 (%2): bad event line "%3": %4</source>
        <translation>process %1 (%2): bad event line "%3": %4</translation>
    </message>
    <message>
        <source>process %1 (%2) did not finish in time and was killed</source>
        <translation>process %1 (%2) did not finish in time and was killed</translation>
    </message>
    <message>
        <source>process %1 (%2) failed to start: %3 (%4)</source>
        <translation>process %1 (%2) failed to start: %3 (%4)</translation>
    </message>
    <message>
        <source>exited; its status could not be collected</source>
        <translation>exited; its status could not be collected</translation>
    </message>
    <message>
        <source>process %1 (%2) wrote to stderr: %3</source>
        <translation>process %1 (%2) wrote to stderr: %3</translation>
    </message>
    <message>
        <source>process %1 (%2) exited without reporting ready</source>
        <translation>process %1 (%2) exited without reporting ready</translation>
    </message>
    <message>
        <source>its parent ended without reporting how it ended</source>
        <translation>its parent ended without reporting how it ended</translation>
    </message>
    <message>
        <source>orphaned: its parent died without joining it; the lab sent SIGKILL</source>
        <translation>orphaned: its parent died without joining it; the lab sent SIGKILL</translation>
    </message>
    <message numerus="yes">
        <source>(%n more like it)</source>
        <translation>
            <numerusform>(%n more like it)</numerusform>
            <numerusform>(%n more like it)</numerusform>
        </translation>
    </message>
    <message>
        <source>further errors not shown</source>
        <translation>further errors not shown</translation>
    </message>
    <message>
        <source>orphaned: its parent died without joining it; adopted by the lab (as by init), it runs on</source>
        <translation>orphaned: its parent died without joining it; adopted by the lab (as by init), it runs on</translation>
    </message>
    <message>
        <source>process %1 (%2) did not finish in time and could not be killed: %3</source>
        <translation>process %1 (%2) did not finish in time and could not be killed: %3</translation>
    </message>
</context>
<context>
    <name>proclab::ProcessTableModel</name>
    <message>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>zombie</source>
        <translation>zombie</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>starting</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>exited</translation>
    </message>
    <message>
        <source>killed</source>
        <translation>killed</translation>
    </message>
    <message>
        <source>failed to start</source>
        <translation>failed to start</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>timed out</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>exit code %1</translation>
    </message>
    <message>
        <source>signal %1 (%2)</source>
        <translation>signal %1 (%2)</translation>
    </message>
    <message>
        <source>time limit, signal %1 (%2)</source>
        <translation>time limit, signal %1 (%2)</translation>
    </message>
    <message>
        <source>unknown (status not collected)</source>
        <translation>unknown (status not collected)</translation>
    </message>
    <message>
        <source>%1 (daemon)</source>
        <translation>%1 (daemon)</translation>
    </message>
    <message>
        <source>Process.exitcode: the exit code, or minus the signal number that ended the process</source>
        <translation>Process.exitcode: the exit code, or minus the signal number that ended the process</translation>
    </message>
    <message>
        <source>What waitpid() reported for this process</source>
        <translation>What waitpid() reported for this process</translation>
    </message>
    <message>
        <source>Exit time: %1</source>
        <translation>Exit time: %1</translation>
    </message>
    <message>
        <source>Reaped as it exited: no time as a zombie</source>
        <translation>Reaped as it exited: no time as a zombie</translation>
    </message>
    <message>
        <source>A zombie (exited, not yet reaped) for %L1 µs</source>
        <translation>A zombie (exited, not yet reaped) for %L1 µs</translation>
    </message>
    <message>
        <source>Time spent in do_something() or in pool tasks</source>
        <translation>Time spent in do_something() or in pool tasks</translation>
    </message>
    <message>
        <source>Time spent waiting at the barrier or for the lock</source>
        <translation>Time spent waiting at the barrier or for the lock</translation>
    </message>
    <message>
        <source>Time spent inside the critical section</source>
        <translation>Time spent inside the critical section</translation>
    </message>
    <message>
        <source>Items the process produced: the tutorial's "output size"</source>
        <translation>Items the process produced: the tutorial's "output size"</translation>
    </message>
    <message>
        <source>When the process exited, in ms since the run started (a cell's tooltip says who measured it)</source>
        <translation>When the process exited, in ms since the run started (a cell's tooltip says who measured it)</translation>
    </message>
    <message>
        <source>When its exit status was collected (Python's join()), in ms since the run started; in between the process is a zombie</source>
        <translation>When its exit status was collected (Python's join()), in ms since the run started; in between the process is a zombie</translation>
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
        <translation>State</translation>
    </message>
    <message>
        <source>Exit (OS)</source>
        <translation>Exit (OS)</translation>
    </message>
    <message>
        <source>exitcode (Python)</source>
        <translation>exitcode (Python)</translation>
    </message>
    <message>
        <source>Exited (ms)</source>
        <translation>Exited (ms)</translation>
    </message>
    <message>
        <source>Reaped (ms)</source>
        <translation>Reaped (ms)</translation>
    </message>
    <message>
        <source>Output size</source>
        <translation>Output size</translation>
    </message>
    <message>
        <source>Working (ms)</source>
        <translation>Working (ms)</translation>
    </message>
    <message>
        <source>Waiting (ms)</source>
        <translation>Waiting (ms)</translation>
    </message>
    <message>
        <source>Holding lock (ms)</source>
        <translation>Holding lock (ms)</translation>
    </message>
</context>
<context>
    <name>proclab::PythonScenario</name>
    <message>
        <source>process %1 (%2) ended with Python exit code %3</source>
        <translation>process %1 (%2) ended with Python exit code %3</translation>
    </message>
    <message>
        <source>after %1 nothing happened for %2 s: the program waits for it for ever (Python's Barrier and join() have no timeout); the lab ended the run</source>
        <translation>after %1 nothing happened for %2 s: the program waits for it for ever (Python's Barrier and join() have no timeout); the lab ended the run</translation>
    </message>
    <message>
        <source>python3 was not found: the Python runtime needs the Debian package python3 (the C++ runtime works without it)</source>
        <translation>python3 was not found: the Python runtime needs the Debian package python3 (the C++ runtime works without it)</translation>
    </message>
    <message>
        <source>the tracing module or the tutorial program was not found in %1</source>
        <translation>the tracing module or the tutorial program was not found in %1</translation>
    </message>
    <message>
        <source>process %1 (%2) was stopped (SIGSTOP or a debugger): the program could not go on while it was; the lab killed it</source>
        <translation>process %1 (%2) was stopped (SIGSTOP or a debugger): the program could not go on while it was; the lab killed it</translation>
    </message>
    <message>
        <source>after %1 the pool is broken: that worker's chunk never comes back, and Pool.map() waits for it for ever (nothing happened for %2 s); the lab ended the run</source>
        <translation>after %1 the pool is broken: that worker's chunk never comes back, and Pool.map() waits for it for ever (nothing happened for %2 s); the lab ended the run</translation>
    </message>
    <message>
        <source>process %1 (%2) was killed by signal %3 (%4), which the program did not send: Python exit code %5</source>
        <translation>process %1 (%2) was killed by signal %3 (%4), which the program did not send: Python exit code %5</translation>
    </message>
    <message>
        <source>cannot create the run's directory: %1</source>
        <translation>cannot create the run's directory: %1</translation>
    </message>
    <message>
        <source>the run's directory %1 could not be removed</source>
        <translation>the run's directory %1 could not be removed</translation>
    </message>
</context>
<context>
    <name>proclab::RunRecorder</name>
    <message>
        <source>event for unknown process id %1</source>
        <translation>event for unknown process id %1</translation>
    </message>
    <message>
        <source>process %1 may not report for process %2</source>
        <translation>process %1 may not report for process %2</translation>
    </message>
    <message>
        <source>process %1 reported before it was started</source>
        <translation>process %1 reported before it was started</translation>
    </message>
    <message>
        <source>pid %1 does not match process %2 (pid %3)</source>
        <translation>pid %1 does not match process %2 (pid %3)</translation>
    </message>
    <message>
        <source>timestamp before the process was launched</source>
        <translation>timestamp before the process was launched</translation>
    </message>
    <message>
        <source>timestamp in the future</source>
        <translation>timestamp in the future</translation>
    </message>
    <message>
        <source>round %1 out of range 0-%2</source>
        <translation>round %1 out of range 0-%2</translation>
    </message>
    <message>
        <source>task %1 out of range 0-%2</source>
        <translation>task %1 out of range 0-%2</translation>
    </message>
    <message>
        <source>process %1 reported ready twice</source>
        <translation>process %1 reported ready twice</translation>
    </message>
    <message>
        <source>span %1 began twice without ending</source>
        <translation>span %1 began twice without ending</translation>
    </message>
    <message>
        <source>span %1 ended without beginning</source>
        <translation>span %1 ended without beginning</translation>
    </message>
    <message>
        <source>span %1 ended with another round or task than it began</source>
        <translation>span %1 ended with another round or task than it began</translation>
    </message>
    <message>
        <source>span ends before it begins</source>
        <translation>span ends before it begins</translation>
    </message>
    <message>
        <source>the run's budget of %1 spans is spent</source>
        <translation>the run's budget of %1 spans is spent</translation>
    </message>
    <message>
        <source>output of %1 items is more than the run allows (%2)</source>
        <translation>output of %1 items is more than the run allows (%2)</translation>
    </message>
    <message>
        <source>spawn of child %1 that was not reserved for process %2</source>
        <translation>spawn of child %1 that was not reserved for process %2</translation>
    </message>
    <message>
        <source>reaped child %1 that process %2 never spawned</source>
        <translation>reaped child %1 that process %2 never spawned</translation>
    </message>
    <message>
        <source>child %1 reaped twice</source>
        <translation>child %1 reaped twice</translation>
    </message>
    <message>
        <source>reaped with signal %1, which does not exist</source>
        <translation>reaped with signal %1, which does not exist</translation>
    </message>
    <message>
        <source>exit code out of range 0-255</source>
        <translation>exit code out of range 0-255</translation>
    </message>
    <message>
        <source>took over the lock from a holder that died holding it</source>
        <translation>took over the lock from a holder that died holding it</translation>
    </message>
    <message>
        <source>tasks line without task times</source>
        <translation>tasks line without task times</translation>
    </message>
    <message>
        <source>task index out of range</source>
        <translation>task index out of range</translation>
    </message>
    <message>
        <source>tasks reported while a task span is open</source>
        <translation>tasks reported while a task span is open</translation>
    </message>
    <message>
        <source>task %1 has a negative or backwards span</source>
        <translation>task %1 has a negative or backwards span</translation>
    </message>
    <message>
        <source>unhandled event</source>
        <translation>unhandled event</translation>
    </message>
    <message>
        <source>signal sent to child %1 that process %2 never spawned</source>
        <translation>signal sent to child %1 that process %2 never spawned</translation>
    </message>
    <message>
        <source>cause for a %1 span that did not end or already has one</source>
        <translation>cause for a %1 span that did not end or already has one</translation>
    </message>
    <message>
        <source>a process cannot report a %1 cause</source>
        <translation>a process cannot report a %1 cause</translation>
    </message>
    <message>
        <source>cause names process %1, which is not another process of the run</source>
        <translation>cause names process %1, which is not another process of the run</translation>
    </message>
    <message>
        <source>cause time outside the run</source>
        <translation>cause time outside the run</translation>
    </message>
    <message>
        <source>a second last arrival in barrier round %1</source>
        <translation>a second last arrival in barrier round %1</translation>
    </message>
</context>
<context>
    <name>proclab::Scenario</name>
    <message>
        <source>stopped by the user</source>
        <translation>stopped by the user</translation>
    </message>
    <message>
        <source>Naming</source>
        <translation>Naming</translation>
    </message>
    <message>
        <source>Spawning</source>
        <translation>Spawning</translation>
    </message>
    <message>
        <source>Killing</source>
        <translation>Killing</translation>
    </message>
    <message>
        <source>Daemons</source>
        <translation>Daemons</translation>
    </message>
    <message>
        <source>Barrier &amp; Lock</source>
        <translation>Barrier &amp; Lock</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>the run recorded %1 spans, its budget: it was stopped, the data so far is kept</source>
        <translation>the run recorded %1 spans, its budget: it was stopped, the data so far is kept</translation>
    </message>
    <message>
        <source>the run exceeded its time limit of %1 ms; all processes were killed</source>
        <translation>the run exceeded its time limit of %1 ms; all processes were killed</translation>
    </message>
    <message>
        <source>the %1 %2 (%3) was still there after the run</source>
        <translation>the %1 %2 (%3) was still there after the run</translation>
    </message>
</context>
<context>
    <name>proclab::ScenarioParameters</name>
    <message>
        <source>--%1 does not apply to the %2 scenario</source>
        <translation>--%1 does not apply to the %2 scenario</translation>
    </message>
    <message>
        <source>--signal must be term (15) or kill (9), not %1</source>
        <translation>--signal must be term (15) or kill (9), not %1</translation>
    </message>
    <message>
        <source>--%1 must be between %2 and %3, not %4</source>
        <translation>--%1 must be between %2 and %3, not %4</translation>
    </message>
</context>
<context>
    <name>proclab::ScenarioTab</name>
    <message>
        <source>Run the scenario to see its kernel objects live.</source>
        <translation>Run the scenario to see its kernel objects live.</translation>
    </message>
    <message>
        <source>Read at %1 ms of the run, without blocking, from the engine thread.</source>
        <translation>Read at %1 ms of the run, without blocking, from the engine thread.</translation>
    </message>
    <message>
        <source>No object has been read yet.</source>
        <translation>No object has been read yet.</translation>
    </message>
    <message numerus="yes">
        <source>After the run: all %n object(s) are gone.</source>
        <translation>
            <numerusform>After the run: all %n object is gone.</numerusform>
            <numerusform>After the run: all %n objects are gone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After the run: %n object(s) were left behind.</source>
        <translation>
            <numerusform>After the run: %n object was left behind.</numerusform>
            <numerusform>After the run: %n objects were left behind.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping: killing every process of the run…</source>
        <translation>Stopping: killing every process of the run…</translation>
    </message>
    <message numerus="yes">
        <source>Running for %1 s: %n process(es), %L2 spans.</source>
        <translation>
            <numerusform>Running for %1 s: %n process, %L2 spans.</numerusform>
            <numerusform>Running for %1 s: %n processes, %L2 spans.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was killed with SIGKILL.</source>
        <translation>%1 was killed with SIGKILL.</translation>
    </message>
    <message>
        <source>Stopped after %1 ms; every process of the run was killed.</source>
        <translation>Stopped after %1 ms; every process of the run was killed.</translation>
    </message>
    <message numerus="yes">
        <source>Finished in %1 ms: %n process(es), %L2 spans.</source>
        <translation>
            <numerusform>Finished in %1 ms: %n process, %L2 spans.</numerusform>
            <numerusform>Finished in %1 ms: %n processes, %L2 spans.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished in %1 ms with %n error(s): %2</source>
        <translation>
            <numerusform>Finished in %1 ms with %n error: %2</numerusform>
            <numerusform>Finished in %1 ms with %n errors: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not available in this build yet: the engine has no runner for it (it comes with the shared-memory IPC work).</source>
        <translation>%1 is not available in this build yet: the engine has no runner for it (it comes with the shared-memory IPC work).</translation>
    </message>
    <message>
        <source>Ready: set the parameters and press Run.</source>
        <translation>Ready: set the parameters and press Run.</translation>
    </message>
    <message>
        <source>Only the Pool tab has a speedup chart.</source>
        <translation>Only the Pool tab has a speedup chart.</translation>
    </message>
    <message>
        <source>There is no run to export yet: press Run first.</source>
        <translation>There is no run to export yet: press Run first.</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Export Chart</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1:
%2</source>
        <translation>The chart could not be saved to %1:
%2</translation>
    </message>
    <message>
        <source>Chart saved to %1.</source>
        <translation>Chart saved to %1.</translation>
    </message>
    <message>
        <source>Export Run Data</source>
        <translation>Export Run Data</translation>
    </message>
    <message>
        <source>Run JSON (*.json)</source>
        <translation>Run JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV, one row per span (*.csv)</source>
        <translation>CSV, one row per span (*.csv)</translation>
    </message>
    <message>
        <source>Chrome trace for Perfetto (*.json)</source>
        <translation>Chrome trace for Perfetto (*.json)</translation>
    </message>
    <message>
        <source>The run could not be saved to %1:
%2</source>
        <translation>The run could not be saved to %1:
%2</translation>
    </message>
    <message>
        <source>Run data saved to %1.</source>
        <translation>Run data saved to %1.</translation>
    </message>
    <message>
        <source>A named process (worker_one) and an unnamed one each fill a list with random numbers, in parallel.</source>
        <translation>A named process (worker_one) and an unnamed one each fill a list with random numbers, in parallel.</translation>
    </message>
    <message>
        <source>A loop starts N processes; process i does i × the workload, so their finish times form a staircase.</source>
        <translation>A loop starts N processes; process i does i × the workload, so their finish times form a staircase.</translation>
    </message>
    <message>
        <source>A process is started, then terminated or killed after a delay and joined; beside it one that had already finished.</source>
        <translation>A process is started, then terminated or killed after a delay and joined; beside it one that had already finished.</translation>
    </message>
    <message>
        <source>A real parent starts a daemon and a regular child: the daemon dies with the parent's work, the regular child is joined.</source>
        <translation>A real parent starts a daemon and a regular child: the daemon dies with the parent's work, the regular child is joined.</translation>
    </message>
    <message>
        <source>Participants with uneven work meet at a Barrier each round, then enter a critical section under one Lock.</source>
        <translation>Participants with uneven work meet at a Barrier each round, then enter a critical section under one Lock.</translation>
    </message>
    <message>
        <source>A pool of workers maps square() over range(n) in chunks; a sweep over worker counts gives the speedup curve.</source>
        <translation>A pool of workers maps square() over range(n) in chunks; a sweep over worker counts gives the speedup curve.</translation>
    </message>
    <message>
        <source>&amp;Kill participant</source>
        <translation>&amp;Kill participant</translation>
    </message>
    <message>
        <source>Send SIGKILL to the chosen participant while the run goes: the barrier breaks, the others are released, the kernel frees the lock.</source>
        <translation>Send SIGKILL to the chosen participant while the run goes: the barrier breaks, the others are released, the kernel frees the lock.</translation>
    </message>
    <message>
        <source>The participant to kill (only while a run goes)</source>
        <translation>The participant to kill (only while a run goes)</translation>
    </message>
    <message>
        <source>during a run</source>
        <translation>during a run</translation>
    </message>
    <message>
        <source>Kill the parent abruptly (SIGKILL halfway)</source>
        <translation>Kill the parent abruptly (SIGKILL halfway)</translation>
    </message>
    <message>
        <source>The parent dies before it can end its daemon child: the children are orphaned and the lab cleans them up.</source>
        <translation>The parent dies before it can end its daemon child: the children are orphaned and the lab cleans them up.</translation>
    </message>
    <message>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Colour tasks by chunk</source>
        <translation>Colour tasks by chunk</translation>
    </message>
    <message>
        <source>Give every chunk of tasks its own colour, to show how map() splits the tasks into chunks and the chunks over the workers.</source>
        <translation>Give every chunk of tasks its own colour, to show how map() splits the tasks into chunks and the chunks over the workers.</translation>
    </message>
    <message>
        <source>Speedup</source>
        <translation>Speedup</translation>
    </message>
    <message>
        <source>Speedup and efficiency over worker counts</source>
        <translation>Speedup and efficiency over worker counts</translation>
    </message>
    <message>
        <source>IPC objects</source>
        <translation>IPC objects</translation>
    </message>
    <message>
        <source>The run's shared memory, semaphores, lock and barrier as the kernel reports them, live; and after the run, proof that each is gone</source>
        <translation>The run's shared memory, semaphores, lock and barrier as the kernel reports them, live; and after the run, proof that each is gone</translation>
    </message>
    <message>
        <source>Every process of the run, as the OS and as Python see it</source>
        <translation>Every process of the run, as the OS and as Python see it</translation>
    </message>
    <message>
        <source>Waits</source>
        <translation>Waits</translation>
    </message>
    <message>
        <source>Who kept whom waiting, and the critical path that set the run's wall time</source>
        <translation>Who kept whom waiting, and the critical path that set the run's wall time</translation>
    </message>
</context>
<context>
    <name>proclab::SharedSegment</name>
    <message>
        <source>cannot create the key file %1: %2</source>
        <translation>cannot create the key file %1: %2</translation>
    </message>
    <message>
        <source>cannot create shared memory of %1 bytes: %2</source>
        <translation>cannot create shared memory of %1 bytes: %2</translation>
    </message>
    <message>
        <source>cannot attach to the shared memory %1: %2</source>
        <translation>cannot attach to the shared memory %1: %2</translation>
    </message>
    <message>
        <source>the shared memory %1 is not a ProcLab segment</source>
        <translation>the shared memory %1 is not a ProcLab segment</translation>
    </message>
    <message>
        <source>cannot find the shared memory behind %1</source>
        <translation>cannot find the shared memory behind %1</translation>
    </message>
</context>
<context>
    <name>proclab::SpeedupChart</name>
    <message numerus="yes">
        <source>%n worker(s): %1 ms, speedup %L2×, efficiency %L3 %</source>
        <translation>
            <numerusform>%n worker: %1 ms, speedup %L2×, efficiency %L3 %</numerusform>
            <numerusform>%n workers: %1 ms, speedup %L2×, efficiency %L3 %</numerusform>
        </translation>
    </message>
    <message>
        <source>Speedup chart</source>
        <translation>Speedup chart</translation>
    </message>
    <message>
        <source>worker processes</source>
        <translation>worker processes</translation>
    </message>
    <message>
        <source>efficiency (%)</source>
        <translation>efficiency (%)</translation>
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
        <translation>speedup, %1</translation>
    </message>
    <message>
        <source>efficiency, %1 (right axis)</source>
        <translation>efficiency, %1 (right axis)</translation>
    </message>
    <message>
        <source>Amdahl's law, serial fraction %L1 (Karp–Flatt)</source>
        <translation>Amdahl's law, serial fraction %L1 (Karp–Flatt)</translation>
    </message>
    <message>
        <source>Amdahl, %1: serial fraction %L2</source>
        <translation>Amdahl, %1: serial fraction %L2</translation>
    </message>
    <message>
        <source>Amdahl, %1: %L2 on ≤ %3 workers, miss %L4</source>
        <translation>Amdahl, %1: %L2 on ≤ %3 workers, miss %L4</translation>
    </message>
    <message>
        <source>Amdahl's law (needs two worker counts)</source>
        <translation>Amdahl's law (needs two worker counts)</translation>
    </message>
    <message>
        <source>Amdahl, %1: needs two worker counts</source>
        <translation>Amdahl, %1: needs two worker counts</translation>
    </message>
    <message>
        <source>Speedup against worker count</source>
        <translation>Speedup against worker count</translation>
    </message>
    <message>
        <source>%1: speedup against worker count</source>
        <translation>%1: speedup against worker count</translation>
    </message>
    <message>
        <source>%1, C++ and Python</source>
        <translation>%1, C++ and Python</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>speedup (×)</source>
        <translation>speedup (×)</translation>
    </message>
    <message>
        <source>ideal</source>
        <translation>ideal</translation>
    </message>
    <message>
        <source>speedup</source>
        <translation>speedup</translation>
    </message>
    <message>
        <source>efficiency</source>
        <translation>efficiency</translation>
    </message>
    <message>
        <source>Amdahl f = %L1 (≤ %2 workers, miss %L3)</source>
        <translation>Amdahl f = %L1 (≤ %2 workers, miss %L3)</translation>
    </message>
    <message numerus="yes">
        <source>%n core(s)</source>
        <translation>
            <numerusform>%n core</numerusform>
            <numerusform>%n cores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>proclab::StallMonitor</name>
    <message>
        <source>stopped (SIGSTOP or a debugger): it does nothing until it is continued</source>
        <translation>stopped (SIGSTOP or a debugger): it does nothing until it is continued</translation>
    </message>
    <message>
        <source>continued</source>
        <translation>continued</translation>
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
        <translation>C++ and Python</translation>
    </message>
    <message>
        <source>%1 workers (%2)</source>
        <translation>%1 workers (%2)</translation>
    </message>
    <message>
        <source>%1 workers</source>
        <translation>%1 workers</translation>
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
        <source>Sweep: measured %1 worker(s) on %2.</source>
        <translation>Sweep: measured %1 worker(s) on %2.</translation>
    </message>
    <message>
        <source>Sweep: measured %1 worker(s).</source>
        <translation>Sweep: measured %1 worker(s).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n point(s)</source>
        <translation>
            <numerusform>%1: %n point</numerusform>
            <numerusform>%1: %n points</numerusform>
        </translation>
    </message>
    <message>
        <source>Sweep finished: %1.</source>
        <translation>Sweep finished: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Sweep finished: %n point(s).</source>
        <translation>
            <numerusform>Sweep finished: %n point.</numerusform>
            <numerusform>Sweep finished: %n points.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sweep finished with errors: %1</source>
        <translation>Sweep finished with errors: %1</translation>
    </message>
    <message>
        <source>Sweep: running %1 to %2 workers, each on C++ and then on Python, one run after another…</source>
        <translation>Sweep: running %1 to %2 workers, each on C++ and then on Python, one run after another…</translation>
    </message>
    <message>
        <source>Sweep: running %1 to %2 workers on %3, one run after another…</source>
        <translation>Sweep: running %1 to %2 workers on %3, one run after another…</translation>
    </message>
    <message numerus="yes">
        <source>Best speedup %L1× at %n worker(s).</source>
        <translation>
            <numerusform>Best speedup %L1× at %n worker.</numerusform>
            <numerusform>Best speedup %L1× at %n workers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Serial fraction %L1, fitted on up to %2 worker(s) (the cores).</source>
        <translation>Serial fraction %L1, fitted on up to %2 worker(s) (the cores).</translation>
    </message>
    <message>
        <source>Workers &amp;from:</source>
        <translation>Workers &amp;from:</translation>
    </message>
    <message>
        <source>t&amp;o:</source>
        <translation>t&amp;o:</translation>
    </message>
    <message>
        <source>Fewest workers of the sweep</source>
        <translation>Fewest workers of the sweep</translation>
    </message>
    <message>
        <source>Most workers of the sweep</source>
        <translation>Most workers of the sweep</translation>
    </message>
    <message>
        <source>Each run: &amp;tasks</source>
        <translation>Each run: &amp;tasks</translation>
    </message>
    <message>
        <source>× items</source>
        <translation>× items</translation>
    </message>
    <message>
        <source>How many squares each run of the sweep maps (the tab's Tasks is for single runs)</source>
        <translation>How many squares each run of the sweep maps (the tab's Tasks is for single runs)</translation>
    </message>
    <message>
        <source>Items of work per task: enough that a run lasts far longer than starting its processes, or the curve measures the start-up</source>
        <translation>Items of work per task: enough that a run lasts far longer than starting its processes, or the curve measures the start-up</translation>
    </message>
    <message>
        <source>Run &amp;sweep</source>
        <translation>Run &amp;sweep</translation>
    </message>
    <message>
        <source>Run the pool once per worker count, one run after another, and plot speedup and efficiency; with the runtime "both", each count on C++ and then on Python, two curves</source>
        <translation>Run the pool once per worker count, one run after another, and plot speedup and efficiency; with the runtime "both", each count on C++ and then on Python, two curves</translation>
    </message>
    <message>
        <source>Stop sweep</source>
        <translation>Stop sweep</translation>
    </message>
    <message>
        <source>Stop after the current run of the sweep</source>
        <translation>Stop after the current run of the sweep</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Export chart…</translation>
    </message>
    <message>
        <source>Save the speedup chart as PNG, SVG or PDF</source>
        <translation>Save the speedup chart as PNG, SVG or PDF</translation>
    </message>
    <message>
        <source>Measured speedup over one worker (left axis) and efficiency (right axis; C++ and Python curves for the runtime "both"), the ideal line (speedup = workers) and Amdahl's curve for the Karp–Flatt serial fraction f, fitted on the worker counts up to the cores ("miss": its RMS distance from those points); the dotted line marks the cores. Hover a point for its numbers.</source>
        <translation>Measured speedup over one worker (left axis) and efficiency (right axis; C++ and Python curves for the runtime "both"), the ideal line (speedup = workers) and Amdahl's curve for the Karp–Flatt serial fraction f, fitted on the worker counts up to the cores ("miss": its RMS distance from those points); the dotted line marks the cores. Hover a point for its numbers.</translation>
    </message>
</context>
<context>
    <name>proclab::TimelineChart</name>
    <message>
        <source>time since the run started (ms)</source>
        <translation>time since the run started (ms)</translation>
    </message>
    <message>
        <source>process (pid)</source>
        <translation>process (pid)</translation>
    </message>
    <message>
        <source>Timeline chart: one lane per process</source>
        <translation>Timeline chart: one lane per process</translation>
    </message>
    <message>
        <source>task, coloured by chunk (chunk size %1)</source>
        <translation>task, coloured by chunk (chunk size %1)</translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation>No run yet</translation>
    </message>
    <message>
        <source>%1 (processes: %2, running…)</source>
        <translation>%1 (processes: %2, running…)</translation>
    </message>
    <message>
        <source>%1 (processes: %2, wall time: %L3 ms)</source>
        <translation>%1 (processes: %2, wall time: %L3 ms)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (no pid)</source>
        <translation>%1 (no pid)</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>r%1</source>
        <translation>r%1</translation>
    </message>
    <message>
        <source>%1, round %2</source>
        <translation>%1, round %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (chunk %2)</source>
        <translation>%1 (chunk %2)</translation>
    </message>
    <message>
        <source>begin: %L1 ms</source>
        <translation>begin: %L1 ms</translation>
    </message>
    <message>
        <source>still going (%L1 ms so far)</source>
        <translation>still going (%L1 ms so far)</translation>
    </message>
    <message>
        <source>end: %L1 ms</source>
        <translation>end: %L1 ms</translation>
    </message>
    <message>
        <source>duration: %L1 ms</source>
        <translation>duration: %L1 ms</translation>
    </message>
    <message>
        <source>zombie: exited at %L1 ms, reaped at %L2 ms (%L3 µs)</source>
        <translation>zombie: exited at %L1 ms, reaped at %L2 ms (%L3 µs)</translation>
    </message>
    <message>
        <source>zombie: exited at %L1 ms, not reaped yet (%L2 µs so far)</source>
        <translation>zombie: exited at %L1 ms, not reaped yet (%L2 µs so far)</translation>
    </message>
    <message>
        <source>exit time: %1</source>
        <translation>exit time: %1</translation>
    </message>
    <message>
        <source>at %L1 ms</source>
        <translation>at %L1 ms</translation>
    </message>
    <message>
        <source>launched %1</source>
        <translation>launched %1</translation>
    </message>
    <message>
        <source>ready after %L1 ms</source>
        <translation>ready after %L1 ms</translation>
    </message>
    <message>
        <source>%1 sent %2</source>
        <translation>%1 sent %2</translation>
    </message>
    <message>
        <source>exited with code %1 %2</source>
        <translation>exited with code %1 %2</translation>
    </message>
    <message>
        <source>failed to start (%1)</source>
        <translation>failed to start (%1)</translation>
    </message>
    <message>
        <source>killed by the lab's timeout with %1 %2</source>
        <translation>killed by the lab's timeout with %1 %2</translation>
    </message>
    <message>
        <source>exited %1, exit status unknown</source>
        <translation>exited %1, exit status unknown</translation>
    </message>
    <message>
        <source>killed by %1 %2</source>
        <translation>killed by %1 %2</translation>
    </message>
    <message>
        <source>Python exitcode: %1</source>
        <translation>Python exitcode: %1</translation>
    </message>
    <message>
        <source>critical path</source>
        <translation>critical path</translation>
    </message>
    <message>
        <source>waited for %1, the last to arrive (at %L2 ms)</source>
        <translation>waited for %1, the last to arrive (at %L2 ms)</translation>
    </message>
    <message>
        <source>waited for %1 to release the lock (at %L2 ms)</source>
        <translation>waited for %1 to release the lock (at %L2 ms)</translation>
    </message>
    <message>
        <source>took the lock over from %1, who died holding it</source>
        <translation>took the lock over from %1, who died holding it</translation>
    </message>
    <message>
        <source>what ended the wait is unknown (the runtime cannot tell)</source>
        <translation>what ended the wait is unknown (the runtime cannot tell)</translation>
    </message>
    <message>
        <source>Filter lanes by name or pid</source>
        <translation>Filter lanes by name or pid</translation>
    </message>
    <message>
        <source>Shows only the processes whose name or pid contains this text</source>
        <translation>Shows only the processes whose name or pid contains this text</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Clear the filter</translation>
    </message>
    <message>
        <source>&amp;Lane height:</source>
        <translation>&amp;Lane height:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>by parent</source>
        <translation>by parent</translation>
    </message>
    <message>
        <source>by host</source>
        <translation>by host</translation>
    </message>
    <message>
        <source>by runtime</source>
        <translation>by runtime</translation>
    </message>
    <message>
        <source>Groups the lanes; click a lane's label to collapse its group into one summary lane, or to expand it</source>
        <translation>Groups the lanes; click a lane's label to collapse its group into one summary lane, or to expand it</translation>
    </message>
    <message>
        <source>fit</source>
        <translation>fit</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Height of each lane; taller lanes than fit are scrolled (fit: all lanes share the chart's height)</source>
        <translation>Height of each lane; taller lanes than fit are scrolled (fit: all lanes share the chart's height)</translation>
    </message>
    <message>
        <source>How to zoom, scroll, select and filter</source>
        <translation>How to zoom, scroll, select and filter</translation>
    </message>
    <message>
        <source>Scroll the lanes</source>
        <translation>Scroll the lanes</translation>
    </message>
    <message>
        <source>Clear the selected time range</source>
        <translation>Clear the selected time range</translation>
    </message>
    <message>
        <source>&lt;b&gt;Timeline controls&lt;/b&gt;&lt;br&gt;Wheel or +/-: zoom time at the pointer&lt;br&gt;Drag (left button): zoom into that time&lt;br&gt;Ctrl+drag: select a time range: per-process statistics below the chart&lt;br&gt;Middle drag, Shift+drag or Left/Right: pan time&lt;br&gt;Shift+wheel, wheel over the labels, Up/Down, PageUp/PageDown: scroll lanes&lt;br&gt;Right click: zoom out; double click, Home or Esc: show everything&lt;br&gt;Click a span or lane: its cause arrows; hover: details&lt;br&gt;Click a lane label (lanes grouped): collapse or expand its group&lt;br&gt;Lane height and the filter box: above the chart</source>
        <translation>&lt;b&gt;Timeline controls&lt;/b&gt;&lt;br&gt;Wheel or +/-: zoom time at the pointer&lt;br&gt;Drag (left button): zoom into that time&lt;br&gt;Ctrl+drag: select a time range: per-process statistics below the chart&lt;br&gt;Middle drag, Shift+drag or Left/Right: pan time&lt;br&gt;Shift+wheel, wheel over the labels, Up/Down, PageUp/PageDown: scroll lanes&lt;br&gt;Right click: zoom out; double click, Home or Esc: show everything&lt;br&gt;Click a span or lane: its cause arrows; hover: details&lt;br&gt;Click a lane label (lanes grouped): collapse or expand its group&lt;br&gt;Lane height and the filter box: above the chart</translation>
    </message>
    <message>
        <source>started by the lab</source>
        <translation>started by the lab</translation>
    </message>
    <message>
        <source>children of %1</source>
        <translation>children of %1</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>this machine</translation>
    </message>
    <message>
        <source>unknown runtime</source>
        <translation>unknown runtime</translation>
    </message>
    <message numerus="yes">
        <source>▸ %1: %n process(es)</source>
        <translation>
            <numerusform>▸ %1: %n process</numerusform>
            <numerusform>▸ %1: %n processes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (ms)</source>
        <translation>%1 (ms)</translation>
    </message>
    <message>
        <source>Selected %L1 to %L2 ms (%L3 ms): time per process in this range</source>
        <translation>Selected %L1 to %L2 ms (%L3 ms): time per process in this range</translation>
    </message>
</context>
<context>
    <name>proclab::Tutorial</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1, exitcode %2</source>
        <translation>%1, exitcode %2</translation>
    </message>
    <message>
        <source>Assign custom identifiers to processes and measure execution time.</source>
        <translation>Assign custom identifiers to processes and measure execution time.</translation>
    </message>
    <message>
        <source>Named and unnamed processes executed in parallel, improving performance over sequential runs.</source>
        <translation>Named and unnamed processes executed in parallel, improving performance over sequential runs.</translation>
    </message>
    <message>
        <source>worker_one output size: 1000</source>
        <translation>worker_one output size: 1000</translation>
    </message>
    <message>
        <source>unnamed process output size: 1000</source>
        <translation>unnamed process output size: 1000</translation>
    </message>
    <message>
        <source>Duration: 0.43 seconds</source>
        <translation>Duration: 0.43 seconds</translation>
    </message>
    <message>
        <source>Executed in parallel, faster than sequential runs</source>
        <translation>Executed in parallel, faster than sequential runs</translation>
    </message>
    <message>
        <source>%1 output size: %2 (asked for %3)</source>
        <translation>%1 output size: %2 (asked for %3)</translation>
    </message>
    <message>
        <source>%1 (Python's default name) output size: %2 (asked for %3)</source>
        <translation>%1 (Python's default name) output size: %2 (asked for %3)</translation>
    </message>
    <message>
        <source>Duration: %1 seconds</source>
        <translation>Duration: %1 seconds</translation>
    </message>
    <message>
        <source>The two work spans overlapped for %1 ms. One after the other they would take %2 ms; the whole run took %3 ms.</source>
        <translation>The two work spans overlapped for %1 ms. One after the other they would take %2 ms; the whole run took %3 ms.</translation>
    </message>
    <message>
        <source>Dynamically create multiple processes using a loop.</source>
        <translation>Dynamically create multiple processes using a loop.</translation>
    </message>
    <message>
        <source>Demonstrated scalable parallelism with predictable output per worker.</source>
        <translation>Demonstrated scalable parallelism with predictable output per worker.</translation>
    </message>
    <message>
        <source>Each process handled a workload of i * 1000 independently.</source>
        <translation>Each process handled a workload of i * 1000 independently.</translation>
    </message>
    <message>
        <source>Scalable parallelism</source>
        <translation>Scalable parallelism</translation>
    </message>
    <message>
        <source>Output sizes by i: %1 (asked for i × %2)</source>
        <translation>Output sizes by i: %1 (asked for i × %2)</translation>
    </message>
    <message>
        <source>Finish order: %1. Work of all processes: %2 ms; the run took %3 ms.</source>
        <translation>Finish order: %1. Work of all processes: %2 ms; the run took %3 ms.</translation>
    </message>
    <message>
        <source>No two processes worked at the same time.</source>
        <translation>No two processes worked at the same time.</translation>
    </message>
    <message>
        <source>With join() inside the loop they ran one after another: no parallelism.</source>
        <translation>With join() inside the loop they ran one after another: no parallelism.</translation>
    </message>
    <message>
        <source>Showcase process lifecycle — starting, terminating, and joining.</source>
        <translation>Showcase process lifecycle — starting, terminating, and joining.</translation>
    </message>
    <message>
        <source>Validated safe lifecycle handling using .start(), .terminate(), and .join().</source>
        <translation>Validated safe lifecycle handling using .start(), .terminate(), and .join().</translation>
    </message>
    <message>
        <source>Process launched and terminated successfully</source>
        <translation>Process launched and terminated successfully</translation>
    </message>
    <message>
        <source>Exit status: 0</source>
        <translation>Exit status: 0</translation>
    </message>
    <message>
        <source>No signal was sent: the victim had already ended when the kill was due (%1).</source>
        <translation>No signal was sent: the victim had already ended when the kill was due (%1).</translation>
    </message>
    <message>
        <source>victim: is_alive() after start() %1, right after the signal %2, after join() %3; %4.</source>
        <translation>victim: is_alive() after start() %1, right after the signal %2, after join() %3; %4.</translation>
    </message>
    <message>
        <source>0 only for a process that had already finished when terminate() came (finished_first: %1). The terminated victim: %2.</source>
        <translation>0 only for a process that had already finished when terminate() came (finished_first: %1). The terminated victim: %2.</translation>
    </message>
    <message>
        <source>Contrast daemon and non-daemon process behavior.</source>
        <translation>Contrast daemon and non-daemon process behavior.</translation>
    </message>
    <message>
        <source>Daemons are tied to the main thread’s lifespan; regular processes run independently.</source>
        <translation>Daemons are tied to the main thread’s lifespan; regular processes run independently.</translation>
    </message>
    <message>
        <source>Daemon exited with main program</source>
        <translation>Daemon exited with main program</translation>
    </message>
    <message>
        <source>Regular process completed and returned data</source>
        <translation>Regular process completed and returned data</translation>
    </message>
    <message>
        <source>%1 ended at %2 ms (%3); its parent %4 ended at %5 ms (%6).</source>
        <translation>%1 ended at %2 ms (%3); its parent %4 ended at %5 ms (%6).</translation>
    </message>
    <message>
        <source>%1: output size %2, %3; the parent ended after it: %4.</source>
        <translation>%1: output size %2, %3; the parent ended after it: %4.</translation>
    </message>
    <message>
        <source>Participant %1 died holding the lock at %2 ms.</source>
        <translation>Participant %1 died holding the lock at %2 ms.</translation>
    </message>
    <message>
        <source>The lock stayed taken: a POSIX semaphore has no owner for the kernel to release it for.</source>
        <translation>The lock stayed taken: a POSIX semaphore has no owner for the kernel to release it for.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) waiting for it were deadlocked; the lab ended them.</source>
        <translation>
            <numerusform>%n participant waiting for it was deadlocked; the lab ended it.</numerusform>
            <numerusform>%n participants waiting for it were deadlocked; the lab ended them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Participant %1 took the lock at %2 ms: the kernel undid the dead holder's acquire (SEM_UNDO).</source>
        <translation>Participant %1 took the lock at %2 ms: the kernel undid the dead holder's acquire (SEM_UNDO).</translation>
    </message>
    <message>
        <source>Participant %1 took the lock at %2 ms and was told its owner had died (robust mutex, EOWNERDEAD).</source>
        <translation>Participant %1 took the lock at %2 ms and was told its owner had died (robust mutex, EOWNERDEAD).</translation>
    </message>
    <message>
        <source>Participant %1 took the lock at %2 ms.</source>
        <translation>Participant %1 took the lock at %2 ms.</translation>
    </message>
    <message>
        <source>Nobody took the lock after it; at the end it was still taken.</source>
        <translation>Nobody took the lock after it; at the end it was still taken.</translation>
    </message>
    <message>
        <source>Nobody took the lock after it; at the end it was free.</source>
        <translation>Nobody took the lock after it; at the end it was free.</translation>
    </message>
    <message>
        <source>Coordinate process execution using Barrier and Lock.</source>
        <translation>Coordinate process execution using Barrier and Lock.</translation>
    </message>
    <message>
        <source>Barrier ensured alignment; Lock protected shared data access.</source>
        <translation>Barrier ensured alignment; Lock protected shared data access.</translation>
    </message>
    <message>
        <source>Processes paused at the barrier and printed results in synchronized order.</source>
        <translation>Processes paused at the barrier and printed results in synchronized order.</translation>
    </message>
    <message>
        <source>Lock protected shared data access.</source>
        <translation>Lock protected shared data access.</translation>
    </message>
    <message numerus="yes">
        <source>%n barrier round(s); time waiting at the barrier, summed over all participants: %1 ms (the run took %2 ms); rounds someone left before the last arrived: %3.</source>
        <translation>
            <numerusform>%n barrier round; time waiting at the barrier, summed over all participants: %1 ms (the run took %2 ms); rounds someone left before the last arrived: %3.</numerusform>
            <numerusform>%n barrier rounds; time waiting at the barrier, summed over all participants: %1 ms (the run took %2 ms); rounds someone left before the last arrived: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>A participant died or stopped making progress, so the lab broke the barrier: the others were released instead of waiting for ever.</source>
        <translation>A participant died or stopped making progress, so the lab broke the barrier: the others were released instead of waiting for ever.</translation>
    </message>
    <message numerus="yes">
        <source>%n lock hold(s); overlapping holds: %1.</source>
        <translation>
            <numerusform>%n lock hold; overlapping holds: %1.</numerusform>
            <numerusform>%n lock holds; overlapping holds: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Primitives: %1.</source>
        <translation>Primitives: %1.</translation>
    </message>
    <message>
        <source>Use a process pool for efficient parallel computation.</source>
        <translation>Use a process pool for efficient parallel computation.</translation>
    </message>
    <message>
        <source>Tasks were evenly distributed across 4 workers, maximizing CPU usage.</source>
        <translation>Tasks were evenly distributed across 4 workers, maximizing CPU usage.</translation>
    </message>
    <message>
        <source>Computed squares: [0, 1, 4, ..., 81]</source>
        <translation>Computed squares: [0, 1, 4, ..., 81]</translation>
    </message>
    <message>
        <source>Tasks were evenly distributed across 4 workers.</source>
        <translation>Tasks were evenly distributed across 4 workers.</translation>
    </message>
    <message>
        <source>The program printed: %1</source>
        <translation>The program printed: %1</translation>
    </message>
    <message>
        <source>Results: %1</source>
        <translation>Results: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n task(s)</source>
        <translation>
            <numerusform>%1: %n task</numerusform>
            <numerusform>%1: %n tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 = %2 ms</source>
        <translation>%1 = %2 ms</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Objective:</source>
        <translation>Objective:</translation>
    </message>
    <message>
        <source>not measured yet: press Run</source>
        <translation>not measured yet: press Run</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>holds</translation>
    </message>
    <message>
        <source>does not hold</source>
        <translation>does not hold</translation>
    </message>
    <message>
        <source>not tested by this run</source>
        <translation>not tested by this run</translation>
    </message>
    <message>
        <source>The tutorial says</source>
        <translation>The tutorial says</translation>
    </message>
    <message>
        <source>C++ measured</source>
        <translation>C++ measured</translation>
    </message>
    <message>
        <source>Python measured</source>
        <translation>Python measured</translation>
    </message>
    <message>
        <source>This run measured</source>
        <translation>This run measured</translation>
    </message>
    <message>
        <source>The tutorial's takeaway:</source>
        <translation>The tutorial's takeaway:</translation>
    </message>
    <message>
        <source>Also measured (C++):</source>
        <translation>Also measured (C++):</translation>
    </message>
    <message>
        <source>Also measured:</source>
        <translation>Also measured:</translation>
    </message>
    <message>
        <source>Also measured (Python):</source>
        <translation>Also measured (Python):</translation>
    </message>
    <message>
        <source>The parent was killed abruptly, so nobody terminated the daemon: an orphan adopted by the lab, it outlived its parent by %1 ms.</source>
        <translation>The parent was killed abruptly, so nobody terminated the daemon: an orphan adopted by the lab, it outlived its parent by %1 ms.</translation>
    </message>
    <message>
        <source>It outlived its parent by %1 ms.</source>
        <translation>It outlived its parent by %1 ms.</translation>
    </message>
    <message>
        <source>terminate() never reached a running process in this run: set kill-after below the duration to see it.</source>
        <translation>terminate() never reached a running process in this run: set kill-after below the duration to see it.</translation>
    </message>
    <message>
        <source>In round %1, %2 waited %3 ms for %4, which had %5x its work.</source>
        <translation>In round %1, %2 waited %3 ms for %4, which had %5x its work.</translation>
    </message>
</context>
<context>
    <name>proclab::WaitAttributionModel</name>
    <message>
        <source>the lab</source>
        <translation>the lab</translation>
    </message>
    <message>
        <source>%1 ms for %2</source>
        <translation>%1 ms for %2</translation>
    </message>
    <message>
        <source>%1 ms for an unknown cause</source>
        <translation>%1 ms for an unknown cause</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Process</translation>
    </message>
    <message>
        <source>Working (ms)</source>
        <translation>Working (ms)</translation>
    </message>
    <message>
        <source>Waiting (ms)</source>
        <translation>Waiting (ms)</translation>
    </message>
    <message>
        <source>Waited for</source>
        <translation>Waited for</translation>
    </message>
    <message>
        <source>Kept others waiting (ms)</source>
        <translation>Kept others waiting (ms)</translation>
    </message>
</context>
<context>
    <name>proclab::WaitsPanel</name>
    <message>
        <source>Per process</source>
        <translation>Per process</translation>
    </message>
    <message>
        <source>Who kept whom waiting (ms)</source>
        <translation>Who kept whom waiting (ms)</translation>
    </message>
    <message>
        <source>Critical path</source>
        <translation>Critical path</translation>
    </message>
    <message>
        <source>Arrows for all processes</source>
        <translation>Arrows for all processes</translation>
    </message>
    <message>
        <source>Otherwise arrows show for the process or span you click or point at. With more than 16 processes only those show.</source>
        <translation>Otherwise arrows show for the process or span you click or point at. With more than 16 processes only those show.</translation>
    </message>
    <message>
        <source>Who kept whom waiting (ms): each row waited for each column.</source>
        <translation>Who kept whom waiting (ms): each row waited for each column.</translation>
    </message>
    <message>
        <source>After a run: who waited for whom, and the critical path.</source>
        <translation>After a run: who waited for whom, and the critical path.</translation>
    </message>
</context>
</TS>
