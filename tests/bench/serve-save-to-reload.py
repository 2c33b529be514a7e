#!/usr/bin/env python3
"""Times `legalgen serve`: from writing a content file to the reload event a page receives.

usage: serve-save-to-reload.py LEGALGEN_DLL CONTENT_DIR [SAVES] [FILE]

Starts `dotnet LEGALGEN_DLL serve` on a free port of 127.0.0.1 (its output goes to $SERVE_LOG, default
/tmp/serve-save-to-reload.log), listens to /_legalgen/events as a page's script does, then saves FILE
(default: the first version file of the first policy) SAVES times (default 10), each time with another
last paragraph, $PAUSE seconds apart (default 2), and prints the time from each write to the next reload
event, and their median. The file is put back as it was at the end. $AS_OF sets serve's --as-of
(default 2026-01-01). Build LegalGen in Release first:
    dotnet build src/LegalGen.Cli -c Release -o /tmp/legalgen
    python3 ../shared/bench/gen_corpus.py /tmp/gc 50 10 4
    python3 tests/bench/serve-save-to-reload.py /tmp/legalgen/LegalGen.Cli.dll /tmp/gc/content
"""
import glob, http.client, os, socket, statistics, subprocess, sys, time

dll, content = sys.argv[1], sys.argv[2]
saves = int(sys.argv[3]) if len(sys.argv) > 3 else 10
target = sys.argv[4] if len(sys.argv) > 4 else sorted(glob.glob(os.path.join(content, "*", "*.md")))[0]
as_of = os.environ.get("AS_OF", "2026-01-01")
pause = float(os.environ.get("PAUSE", "2"))
log_path = os.environ.get("SERVE_LOG", "/tmp/serve-save-to-reload.log")

with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]

log = open(log_path, "w")
serve = subprocess.Popen(["dotnet", dll, "serve", "--content", content, "--port", str(port), "--as-of", as_of],
                         stdout=log, stderr=subprocess.STDOUT, text=True)
original = open(target, encoding="utf-8").read()
try:
    started = time.perf_counter()
    while "Serving the site" not in open(log_path, encoding="utf-8").read():
        if serve.poll() is not None:
            sys.exit("serve ended:\n" + open(log_path, encoding="utf-8").read()[-2000:])
        time.sleep(0.05)
    print(f"serve built the site and started in {time.perf_counter() - started:.1f} s", flush=True)

    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
    connection.request("GET", "/_legalgen/events", headers={"Host": f"127.0.0.1:{port}"})
    events = connection.getresponse()

    def next_reload():
        name = None
        while True:
            line = events.fp.readline().decode().strip()
            if line.startswith("event: "):
                name = line[len("event: "):]
            elif line.startswith("data: ") and name == "reload":
                return int(line[len("data: "):])

    next_reload()  # the current build, told at once when a page connects
    times = []
    for i in range(saves):
        time.sleep(pause)
        text = original + f"\nA paragraph saved for timing, number {i + 1}.\n"
        start = time.perf_counter()
        with open(target, "w", encoding="utf-8") as f:
            f.write(text)
        next_reload()
        times.append((time.perf_counter() - start) * 1000)
        print(f"save {i + 1}: {times[-1]:.0f} ms", flush=True)
    print(f"median {statistics.median(times):.0f} ms, min {min(times):.0f}, max {max(times):.0f} "
          f"({saves} saves of {os.path.relpath(target, content)})")
finally:
    with open(target, "w", encoding="utf-8") as f:
        f.write(original)
    serve.terminate()
    try:
        serve.wait(timeout=30)
    except subprocess.TimeoutExpired:
        serve.kill()
        serve.wait()
    log.close()
    for line in [l for l in open(log_path, encoding="utf-8").read().splitlines() if l.startswith("Rebuilt")][-3:]:
        print(line)
