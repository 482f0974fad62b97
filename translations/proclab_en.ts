<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ChartExportDialog</name>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where to save the chart; the suffix (.png, .svg or .pdf) chooses the format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the file in a dialog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Width of the chart, in pixels at 96 dpi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Height of the chart, in pixels at 96 dpi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolution: 96 dpi writes a PNG of exactly the chosen size, 192 dpi one twice as sharp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> dpi</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ProcLab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export &amp;Timeline Chart…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save this tab's timeline chart as PNG, SVG or PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export &amp;Speedup Chart…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the Pool tab's speedup chart as PNG, SVG or PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Run as &amp;JSON…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the whole run (processes, spans, results) as JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Run as &amp;CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save one row per span as CSV, for spreadsheets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Run as Chrome T&amp;race…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the run in Chrome's Trace Event format, to open in Perfetto</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop every run and close ProcLab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run this tab's scenario with its parameters (F5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kill every process of this tab's run (Shift+F5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run Speedup S&amp;weep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run the pool once per worker count and plot the speedup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset &amp;Parameters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set this tab's parameters back to the tutorial's defaults</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset &amp;Zoom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the whole run on the timeline again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Next Scenario</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to the next scenario tab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Previous Scenario</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to the previous scenario tab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About ProcLab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What ProcLab is and which version this is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Qt version ProcLab runs on</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NameOnlyIconProvider</name>
    <message>
        <source>Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Special file</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScenarioTab</name>
    <message>
        <source>Parameters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Break it on purpose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start a run with these parameters (F5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kill every process of the run and keep what was measured (Shift+F5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the current run is doing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ready.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tutorial vs. this run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Timeline&lt;/b&gt; – one lane per process</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the whole run again (Ctrl+0)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset zoom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the timeline chart as PNG, SVG or PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export chart…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Processes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every process of the run: identity, state, exit status and where its time went</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>error: cannot write the screenshot to %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: --tab must be one of naming, spawning, killing, daemons, barrier, pool, not '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>wrote %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: no display to open the lab window on. Use --batch or --screenshot, or run it under xvfb-run.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ProcLab makes operating-system multiprocessing visible: real worker processes, shared-memory barriers and locks, timelines and speedup charts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the window, run the tab's defaults, save a picture of the window to FILE and exit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With --screenshot: the window's size, e.g. 1024x700 (default 1280x860).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The tab to open: naming, spawning, killing, daemons, barrier or pool.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With --screenshot: take the picture MS milliseconds after the run starts, while it goes, instead of after it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: stopping the run and writing what it collected (again: exit at once)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: --size must be WIDTHxHEIGHT between 320x240 and 7680x4320, not '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: --detail must be processes, waits, ipc or speedup (where the tab has it), not '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With --screenshot: the page below the timeline: processes, waits, ipc or speedup.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>proclab::Arena</name>
    <message>
        <source>the run key %1 is too long</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot initialise the shared lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the shared memory %1 does not hold a task queue</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>proclab::BarrierScenario</name>
    <message>
        <source>was killed by signal %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed to start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exited with code %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (it reported: %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot create the barrier and lock (%1 primitives): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>participant %1 (%2) was stopped (SIGSTOP or a debugger): the run cannot go on; it was killed and the barrier broken so that the others could end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>process %1 (%2) was stopped (SIGSTOP or a debugger): the run could not end while it was; it was killed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>participant %1 (%2) %3%4; the barrier was broken so that the others could end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waited for a lock that no one can give back; killed by the lab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>participant %1 (%2) died holding the lock. A POSIX semaphore has no owner, so nothing gave the lock back: it stayed taken, which is the deadlock Python's documentation warns about for Process.terminate().</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>participant %1 (%2) made no progress for %3 ms while others waited; it was killed and the barrier broken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the barrier made no progress for %1 ms while participants waited; it was broken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>participant %1 (%2) did not end after the barrier was broken and was killed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>proclab::Batch</name>
    <message>
        <source>Number of processes, participants or pool workers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Items per do_something call.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Barrier rounds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pool input size n (squares of range(n)).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pool chunk size (0: Python's default).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Milliseconds before the signal is sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Milliseconds a long-running worker works.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Random seed for uneven work.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time limit of each run in milliseconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Barrier &amp; Lock: what the lock and barrier are built from: qt (QSystemSemaphore), posix (sem_open, as Python), futex.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Python runtime: multiprocessing's start method.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Barrier &amp; Lock: break it: kill-holder (kill the lock holder inside its critical section) or exit-after-last-barrier.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run SCENARIO headless and exit. One of: %1, all.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Directory for the data files and charts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Barrier &amp; Lock and Pool: write the run's kernel objects (as last seen while it ran, and whether each is gone after it) into the run file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signal for the killing scenario: term or kill.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spawning: join() inside the loop, as the tutorial's mistake does.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Daemons: kill the parent abruptly to show orphaned children.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pool: one run per worker count A to B, for the speedup chart.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chart image formats, comma separated: png, svg, pdf.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--batch: unknown scenario '%1'; allowed: %2, all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--out: a directory for the results is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 does not apply to the %2 scenario</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 applies to no scenario</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 must be an integer between %2 and %3, not '%4'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 must be one of %2, not '%3'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 applies to the C++ runtime only (Python's multiprocessing brings its own POSIX semaphores)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--start-method applies to the Python runtime only (add --runtime python)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--signal must be term or kill, not '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--kill-parent applies to the daemons scenario only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--sweep applies to the pool scenario only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--sweep must be A-B with %1 &lt;= A &lt;= B &lt;= %2, not '%3'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--format: unknown image format '%1'; allowed: png, svg, pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--format: give at least one of png, svg, pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: cannot create the output directory %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: the output directory %1 is not writable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>interrupted by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 processes, wall %3 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  kernel objects at %1 ms:</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  wrote %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sweep: error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 sweep: %2 C++ and %3 Python points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 sweep: %2 points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who runs the scenario: cpp (the lab's C++ workers), python (the tutorial's own program in CPython multiprocessing, traced), both (one after the other) or both-together (at the same time); Python's files are S-python.*. barrier and pool also take mpi (MPI ranks under mpirun, files S-mpi.*; --workers is the number of ranks).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MPI runtime: run the ranks on the hosts of this Open MPI hostfile (its host and slots=N lines are mpirun's); default: this machine.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 %2 applies to %3 only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--hostfile applies to the MPI runtime only (add --runtime mpi)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--hostfile: cannot read '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--primitives applies to the C++ runtime only (MPI ranks meet at MPI_Barrier and lock with MPI-3 RMA atomics)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--break: the MPI runtime takes none or kill-holder</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>proclab::ChartExport</name>
    <message>
        <source>%1 x %2 pixels is too large for a PNG (at most %3 per side)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not enough memory for a %1 x %2 image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot encode PNG for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chart exported by ProcLab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no chart to export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot export %1: unknown image format '%2'; use .png, .svg or .pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot export %1: size %2 x %3 is out of range (16 to %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot export %1: resolution %2 dpi is out of range (%3 to %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot render the chart into %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>proclab::ChartExportDialog</name>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please end the file name with .png, .svg or .pdf: the suffix chooses the format.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>proclab::ChartPalette</name>
    <message>
        <source>work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>barrier wait</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lock wait</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lock hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>launch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signal sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exit (normal)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exit (error)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exit (status unknown)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exit (killed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>zombie</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>proclab::CodePanel</name>
    <message>
        <source>The tutorial's code and claims, checked against this run</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>proclab::CriticalPathModel</name>
    <message>
        <source>being launched (the lab's launch overhead)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waiting, no one to blame</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>woken by %1's arrival at the barrier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>woken by %1's release of the lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>took over the lock from %1, who died holding it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>woken by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the lab joining %1 (join overhead)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From (ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Length (ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Process</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No critical path: the run has no process that exited.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Critical path: %1 ms of the %2 ms wall time, walked back from the last exit. Of the wall time: running %3%, waiting %4%, the lab's launch and join overhead %5%.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>proclab::EventParser</name>
    <message>
        <source>unknown span kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected key=value after the span kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>span attribute is not a non-negative integer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown or repeated span attribute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tasks needs begin and end offsets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>task offset out of range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>task offset is not a non-negative integer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>more than %1 tasks in one line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>task ends before it begins</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>task without an end offset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>task index out of range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected trailing fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a non-negative integer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exit code out of range 0-255</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>spawn needs a child id and a child pid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>spawn mode must be daemon or regular</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>spawn needs a child name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reaped needs a child id, normal|signal and a code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>empty note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tasks needs a first task index</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown event type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>empty line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>control character in line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bad timestamp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bad pid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bad process id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing event type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cause needs a span kind and a cause event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cause needs a process id and a timestamp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signal_sent needs a child id and a signal</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>proclab::EventStream</name>
    <message>
        <source>line longer than %1 bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line cut off before its end</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>proclab::ExitStamp</name>
    <message>
        <source>measured by the kernel (pidfd)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reported by the process itself</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>when the lab noticed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>proclab::Export</name>
    <message>
        <source>not a %1 document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>process %1 has id %2; ids must be 0, 1, 2, … in order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>process %1 has an unknown exit kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>process %1 has a span of unknown kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>proclab::IpcObjectModel</name>
    <message>
        <source>gone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LEFT BEHIND</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(while running)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kernel name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After the run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System V shared memory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System V semaphore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>POSIX semaphore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>robust mutex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>futex barrier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>barrier (as CPython)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>barrier (semaphores)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>task queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>counter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>arrive %1/%2</source>
        <comment>participant's arrive semaphore of a round phase</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>segment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>barrier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exit gate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>condition lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>condition sleeping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>condition woken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>condition wait</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waiters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waiting for zero</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>last pid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>creator pid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>attached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>owner died</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>holder (recorded)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>parties</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>arrived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>generation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sleeping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>broken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>slots</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>chunk size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>next index</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>proclab::KeptWaitingModel</name>
    <message>
        <source>%1 waited %2 ms for %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 waited for…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>…%1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>proclab::MainWindow</name>
    <message>
        <source>ProcLab – %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About ProcLab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;ProcLab %1&lt;/h3&gt;&lt;p&gt;A lab for operating-system multiprocessing. It re-creates the six scenarios of a Python &lt;tt&gt;multiprocessing&lt;/tt&gt; tutorial with real worker processes and shows what happens: every process a lane on a timeline, every barrier wait and lock hold a span, every run a point on a speedup chart.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Licensed under the MIT licence.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The tutorial's %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The language of the whole window; switches at once</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quit ProcLab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A run is still going. Quit anyway? Every process of it will be killed; its data is not saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>proclab::MpiScenario</name>
    <message>
        <source>mpirun was not found: the MPI runtime needs Open MPI (the Debian packages openmpi-bin and libopenmpi-dev, installed by scripts/setup.sh)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>proclab-mpi-worker was not built (it needs libopenmpi-dev at build time)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the MPI runtime runs the Barrier &amp; Lock and Pool scenarios only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>on MPI ranks the lab can break a run by killing the lock holder only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the hostfile %1 cannot be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot create the run's directory: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rank %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rank %1 runs where the lab cannot signal it; the lab ended the job</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>process %1 (%2) was stopped (SIGSTOP or a debugger): every other rank waits for it; the lab killed it, and MPI ends the job</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a rank left an MPI_Barrier before the last rank had arrived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>two ranks held the MPI lock at the same time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the counter incremented under the MPI lock is %1, not %2: increments were lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rank 0 did not gather the results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 tasks did not run exactly once (%3 missing, %4 more than once)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 gathered results are not the square of their index</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mpirun ended with %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exit code %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signal %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it said nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MPI is fail-stop: %1 was killed, and mpirun ended the job: %2 of the other %3 ranks ended without finishing, the last %4 ms after it; mpirun exited with %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rank %1 wrote to stderr: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the run's directory %1 could not be removed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>proclab::ParameterPanel</name>
    <message>
        <source>items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>processes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rounds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The most is %L1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The least is %L1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Workers:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wor&amp;kload:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Rounds:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Tasks:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Chunk size:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Kill after:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Signal:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mistake:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time limit:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Primitives:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Break it:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>R&amp;untime:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start &amp;method:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qt – QSystemSemaphore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>POSIX – sem_open, as Python</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>futex – robust mutex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C++ workers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the tutorial's Python</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>both: C++, then Python</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>both at the same time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kill the lock holder in its critical section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exit right after the last barrier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How many processes take part in the barrier (Python: Barrier(N)).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How many worker processes the pool starts (Python: Pool(processes=N)).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How many processes the loop starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Items per step: process i fills a list with i × this many random numbers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Extra random numbers each task generates, so that tasks take measurable time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How many random numbers each do_something() call puts into its list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How many times every participant works, meets the others at the barrier and enters the critical section.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The pool maps square() over range(n): this is n.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How many tasks a worker takes at once; 0 uses Python's default, ceil(n / (4 × workers)).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How long the victim runs before the lab sends it the signal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>terminate() sends SIGTERM (15); kill() sends SIGKILL (9), which cannot be caught.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seed for the uneven work of each participant: the same seed repeats the same run.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call join() inside the start loop, the tutorial's mistake: each process must finish before the next starts, so nothing runs in parallel.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How long the parent and its children work.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How long the victim would run if nobody stopped it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The lab kills every process still running after this time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the lock and the barrier are built from. Qt: QSystemSemaphore (System V, undone by the kernel when a process exits). POSIX: named semaphores, as Python's multiprocessing uses (no undo). futex: a robust mutex that tells the next holder when the last one died.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C++ workers started by the lab, or the tutorial's own program run by CPython's multiprocessing and traced live by the lab's tracing module.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How Python's multiprocessing starts a process: fork (copy the parent), spawn (a fresh interpreter) or forkserver (forked from a server process; the default from Python 3.14).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Break the run on purpose and watch what each family of primitives does: kill the lock holder inside its critical section, or let the participants exit the moment they pass the last barrier.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>terminate() – SIGTERM (15)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kill() – SIGKILL (9)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>join() inside the loop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MPI ranks (mpirun)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Barrier &amp; Lock or Pool on MPI ranks started by mpirun (Open MPI), on this machine or a hostfile's hosts; clocks aligned to rank 0's.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>proclab::PoolScenario</name>
    <message>
        <source>cannot create the task queue: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> while holding tasks %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pool worker %1 (%2) %3%4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pool worker %1 (%2) %3%4%5: the pool is broken (as concurrent.futures reports BrokenProcessPool); the other workers were told to stop, the results so far are kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pool worker %1 (%2) was stopped (SIGSTOP or a debugger)%3: the run cannot go on; it was killed and the pool broken (the other workers were told to stop, the results so far are kept)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>completed no task for %1 ms while tasks remained: hung</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pool worker %1 (%2) is hung: no task was completed for %3 ms while tasks remained, and it holds tasks %4; it was killed and the pool broken (the other workers were told to stop, the results so far are kept)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the pool completed no task for %1 ms while tasks remained; it was broken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pool worker %1 (%2) did not end after the pool was broken and was killed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pool worker %1 (%2) %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 tasks were lost (%2): pool worker %3 (%4) held them and ended without running them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 tasks done according to shared memory have no span (%2): pool worker %3 (%4) ended before reporting them; they count as done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 tasks were not run: the pool broke first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 tasks were not run: the run was ended first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 tasks were never run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 tasks ran more than once</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>proclab::PosixObjects</name>
    <message>
        <source>cannot create the semaphore %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>proclab::ProcessSupervisor</name>
    <message>
        <source>process %1 (%2): bad event line "%3": %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>process %1 (%2) did not finish in time and was killed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>process %1 (%2) failed to start: %3 (%4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exited; its status could not be collected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>process %1 (%2) wrote to stderr: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>process %1 (%2) exited without reporting ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its parent ended without reporting how it ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>orphaned: its parent died without joining it; the lab sent SIGKILL</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>orphaned: its parent died without joining it; adopted by the lab (as by init), it runs on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>process %1 (%2) did not finish in time and could not be killed: %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>proclab::ProcessTableModel</name>
    <message>
        <source>not started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>zombie</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>starting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>killed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed to start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exit code %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signal %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>time limit, signal %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown (status not collected)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (daemon)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Process.exitcode: the exit code, or minus the signal number that ended the process</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What waitpid() reported for this process</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exit time: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reaped as it exited: no time as a zombie</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A zombie (exited, not yet reaped) for %L1 µs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time spent in do_something() or in pool tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time spent waiting at the barrier or for the lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time spent inside the critical section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Items the process produced: the tutorial's "output size"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When the process exited, in ms since the run started (a cell's tooltip says who measured it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When its exit status was collected (Python's join()), in ms since the run started; in between the process is a zombie</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exit (OS)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exitcode (Python)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exited (ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reaped (ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Output size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working (ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting (ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Holding lock (ms)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>proclab::PythonScenario</name>
    <message>
        <source>process %1 (%2) ended with Python exit code %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>after %1 nothing happened for %2 s: the program waits for it for ever (Python's Barrier and join() have no timeout); the lab ended the run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>python3 was not found: the Python runtime needs the Debian package python3 (the C++ runtime works without it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the tracing module or the tutorial program was not found in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>process %1 (%2) was stopped (SIGSTOP or a debugger): the program could not go on while it was; the lab killed it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>after %1 the pool is broken: that worker's chunk never comes back, and Pool.map() waits for it for ever (nothing happened for %2 s); the lab ended the run</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>proclab::RunRecorder</name>
    <message>
        <source>event for unknown process id %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>process %1 may not report for process %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>process %1 reported before it was started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pid %1 does not match process %2 (pid %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>timestamp before the process was launched</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>timestamp in the future</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>round %1 out of range 0-%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>task %1 out of range 0-%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>process %1 reported ready twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>span %1 began twice without ending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>span %1 ended without beginning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>span %1 ended with another round or task than it began</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>span ends before it begins</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the run's budget of %1 spans is spent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>output of %1 items is more than the run allows (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>spawn of child %1 that was not reserved for process %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reaped child %1 that process %2 never spawned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>child %1 reaped twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reaped with signal %1, which does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exit code out of range 0-255</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>took over the lock from a holder that died holding it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tasks line without task times</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>task index out of range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tasks reported while a task span is open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>task %1 has a negative or backwards span</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unhandled event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signal sent to child %1 that process %2 never spawned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cause for a %1 span that did not end or already has one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a process cannot report a %1 cause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cause names process %1, which is not another process of the run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cause time outside the run</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>proclab::Scenario</name>
    <message>
        <source>stopped by the user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Naming</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spawning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Killing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Daemons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Barrier &amp; Lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pool</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the run recorded %1 spans, its budget: it was stopped, the data so far is kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the run exceeded its time limit of %1 ms; all processes were killed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the %1 %2 (%3) was still there after the run</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>proclab::ScenarioParameters</name>
    <message>
        <source>--%1 does not apply to the %2 scenario</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--signal must be term (15) or kill (9), not %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 must be between %2 and %3, not %4</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>proclab::ScenarioTab</name>
    <message>
        <source>Run the scenario to see its kernel objects live.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read at %1 ms of the run, without blocking, from the engine thread.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No object has been read yet.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped after %1 ms; every process of the run was killed.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ready: set the parameters and press Run.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the Pool tab has a speedup chart.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no run to export yet: press Run first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The chart could not be saved to %1:
%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chart saved to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Run Data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run JSON (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV, one row per span (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chrome trace for Perfetto (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The run could not be saved to %1:
%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run data saved to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A named process (worker_one) and an unnamed one each fill a list with random numbers, in parallel.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A loop starts N processes; process i does i × the workload, so their finish times form a staircase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A process is started, then terminated or killed after a delay and joined; beside it one that had already finished.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A real parent starts a daemon and a regular child: the daemon dies with the parent's work, the regular child is joined.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Participants with uneven work meet at a Barrier each round, then enter a critical section under one Lock.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A pool of workers maps square() over range(n) in chunks; a sweep over worker counts gives the speedup curve.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Kill participant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send SIGKILL to the chosen participant while the run goes: the barrier breaks, the others are released, the kernel frees the lock.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The participant to kill (only while a run goes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>during a run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kill the parent abruptly (SIGKILL halfway)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The parent dies before it can end its daemon child: the children are orphaned and the lab cleans them up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Colour tasks by chunk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give every chunk of tasks its own colour, to show how map() splits the tasks into chunks and the chunks over the workers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Speedup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Speedup and efficiency over worker counts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IPC objects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The run's shared memory, semaphores, lock and barrier as the kernel reports them, live; and after the run, proof that each is gone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every process of the run, as the OS and as Python see it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who kept whom waiting, and the critical path that set the run's wall time</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>proclab::SharedSegment</name>
    <message>
        <source>cannot create the key file %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot create shared memory of %1 bytes: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot attach to the shared memory %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the shared memory %1 is not a ProcLab segment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot find the shared memory behind %1</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>worker processes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>efficiency (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Python</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Python, %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C++</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>speedup, %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>efficiency, %1 (right axis)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amdahl's law, serial fraction %L1 (Karp–Flatt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amdahl, %1: serial fraction %L2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amdahl, %1: %L2 on ≤ %3 workers, miss %L4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amdahl's law (needs two worker counts)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amdahl, %1: needs two worker counts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Speedup against worker count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: speedup against worker count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, C++ and Python</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>speedup (×)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ideal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>speedup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>efficiency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amdahl f = %L1 (≤ %2 workers, miss %L3)</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>continued</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>proclab::Sweep</name>
    <message>
        <source>C++</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Python</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C++ and Python</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 workers (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 workers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MPI</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>proclab::SweepPanel</name>
    <message>
        <source>Sweep: measured %1 worker(s) on %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sweep: measured %1 worker(s).</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sweep: running %1 to %2 workers, each on C++ and then on Python, one run after another…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sweep: running %1 to %2 workers on %3, one run after another…</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workers &amp;from:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>t&amp;o:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fewest workers of the sweep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Most workers of the sweep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each run: &amp;tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>× items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How many squares each run of the sweep maps (the tab's Tasks is for single runs)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Items of work per task: enough that a run lasts far longer than starting its processes, or the curve measures the start-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run &amp;sweep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run the pool once per worker count, one run after another, and plot speedup and efficiency; with the runtime "both", each count on C++ and then on Python, two curves</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop sweep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop after the current run of the sweep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export chart…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the speedup chart as PNG, SVG or PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Measured speedup over one worker (left axis) and efficiency (right axis; C++ and Python curves for the runtime "both"), the ideal line (speedup = workers) and Amdahl's curve for the Karp–Flatt serial fraction f, fitted on the worker counts up to the cores ("miss": its RMS distance from those points); the dotted line marks the cores. Hover a point for its numbers.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>proclab::TimelineChart</name>
    <message>
        <source>time since the run started (ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>process (pid)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timeline chart: one lane per process</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>task, coloured by chunk (chunk size %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No run yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (processes: %2, running…)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (processes: %2, wall time: %L3 ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (no pid)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>r%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, round %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (chunk %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>begin: %L1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>still going (%L1 ms so far)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>end: %L1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>duration: %L1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>zombie: exited at %L1 ms, reaped at %L2 ms (%L3 µs)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>zombie: exited at %L1 ms, not reaped yet (%L2 µs so far)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exit time: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at %L1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>launched %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ready after %L1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 sent %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exited with code %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed to start (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>killed by the lab's timeout with %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exited %1, exit status unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>killed by %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Python exitcode: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>critical path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waited for %1, the last to arrive (at %L2 ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waited for %1 to release the lock (at %L2 ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>took the lock over from %1, who died holding it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>what ended the wait is unknown (the runtime cannot tell)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter lanes by name or pid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shows only the processes whose name or pid contains this text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear the filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Lane height:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>by parent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>by host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>by runtime</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Groups the lanes; click a lane's label to collapse its group into one summary lane, or to expand it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Height of each lane; taller lanes than fit are scrolled (fit: all lanes share the chart's height)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How to zoom, scroll, select and filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scroll the lanes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear the selected time range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Timeline controls&lt;/b&gt;&lt;br&gt;Wheel or +/-: zoom time at the pointer&lt;br&gt;Drag (left button): zoom into that time&lt;br&gt;Ctrl+drag: select a time range: per-process statistics below the chart&lt;br&gt;Middle drag, Shift+drag or Left/Right: pan time&lt;br&gt;Shift+wheel, wheel over the labels, Up/Down, PageUp/PageDown: scroll lanes&lt;br&gt;Right click: zoom out; double click, Home or Esc: show everything&lt;br&gt;Click a span or lane: its cause arrows; hover: details&lt;br&gt;Click a lane label (lanes grouped): collapse or expand its group&lt;br&gt;Lane height and the filter box: above the chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>started by the lab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>children of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this machine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown runtime</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Selected %L1 to %L2 ms (%L3 ms): time per process in this range</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>proclab::Tutorial</name>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, exitcode %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assign custom identifiers to processes and measure execution time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Named and unnamed processes executed in parallel, improving performance over sequential runs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>worker_one output size: 1000</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unnamed process output size: 1000</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duration: 0.43 seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Executed in parallel, faster than sequential runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 output size: %2 (asked for %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (Python's default name) output size: %2 (asked for %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duration: %1 seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two work spans overlapped for %1 ms. One after the other they would take %2 ms; the whole run took %3 ms.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dynamically create multiple processes using a loop.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demonstrated scalable parallelism with predictable output per worker.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each process handled a workload of i * 1000 independently.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scalable parallelism</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Output sizes by i: %1 (asked for i × %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finish order: %1. Work of all processes: %2 ms; the run took %3 ms.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No two processes worked at the same time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With join() inside the loop they ran one after another: no parallelism.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Showcase process lifecycle — starting, terminating, and joining.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Validated safe lifecycle handling using .start(), .terminate(), and .join().</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Process launched and terminated successfully</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exit status: 0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No signal was sent: the victim had already ended when the kill was due (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>victim: is_alive() after start() %1, right after the signal %2, after join() %3; %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>0 only for a process that had already finished when terminate() came (finished_first: %1). The terminated victim: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contrast daemon and non-daemon process behavior.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Daemons are tied to the main thread’s lifespan; regular processes run independently.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Daemon exited with main program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Regular process completed and returned data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ended at %2 ms (%3); its parent %4 ended at %5 ms (%6).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: output size %2, %3; the parent ended after it: %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Participant %1 died holding the lock at %2 ms.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The lock stayed taken: a POSIX semaphore has no owner for the kernel to release it for.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Participant %1 took the lock at %2 ms and was told its owner had died (robust mutex, EOWNERDEAD).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Participant %1 took the lock at %2 ms.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nobody took the lock after it; at the end it was still taken.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nobody took the lock after it; at the end it was free.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coordinate process execution using Barrier and Lock.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Barrier ensured alignment; Lock protected shared data access.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Processes paused at the barrier and printed results in synchronized order.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lock protected shared data access.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use a process pool for efficient parallel computation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tasks were evenly distributed across 4 workers, maximizing CPU usage.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Computed squares: [0, 1, 4, ..., 81]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tasks were evenly distributed across 4 workers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The program printed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Results: %1</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Objective:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not measured yet: press Run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>holds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>does not hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not tested by this run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The tutorial says</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C++ measured</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Python measured</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This run measured</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Takeaway:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also measured (C++):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also measured:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also measured (Python):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The parent was killed abruptly, so nobody terminated the daemon: an orphan adopted by the lab, it outlived its parent by %1 ms.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It outlived its parent by %1 ms.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>terminate() never reached a running process in this run: set kill-after below the duration to see it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In round %1, %2 waited %3 ms for %4, which had %5x its work.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>proclab::WaitAttributionModel</name>
    <message>
        <source>the lab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ms for %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ms for an unknown cause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Process</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working (ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting (ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waited for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kept others waiting (ms)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>proclab::WaitsPanel</name>
    <message>
        <source>Per process</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who kept whom waiting (ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Critical path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Arrows for all processes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Otherwise arrows show for the process or span you click or point at. With more than 16 processes only those show.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who kept whom waiting (ms): each row waited for each column.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After a run: who waited for whom, and the critical path.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
