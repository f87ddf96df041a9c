"""Preview speed for ``make bench``: from saving a French page to the reader's browser showing it.

``blma serve --lang fr`` runs in a scratch copy of the project, Chromium opens the page, and each run appends a
sentence to the page's Markdown and waits until the reloaded page shows it: MkDocs' file watcher, the rebuild
and the live reload together, as a translator lives them. The end is the reloaded page's first contentful paint
on the browser's own clock, not the moment Playwright notices the sentence: Playwright looks again at widening
intervals after a reload (up to half a second), which added up to 0.5 s to some runs.
"""

from __future__ import annotations

import socket
import statistics
import subprocess
import time
import urllib.request
from pathlib import Path

from .serve import serve_command, serve_environment

PAGE = "phases/negotiation"
#: When the page shown painted its first content, in seconds since the epoch (its navigation's end if the
#: browser recorded no paint).
PAINTED_AT = """() => {
  const paint = performance.getEntriesByName("first-contentful-paint")[0];
  const shown = paint ? paint.startTime : performance.getEntriesByType("navigation")[0].domContentLoadedEventEnd;
  return (performance.timeOrigin + shown) / 1000;
}"""
CHROMIUM = "/usr/bin/chromium"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_until_served(url: str, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise TimeoutError(f"the preview did not serve {url}")


def save_to_page(project: Path, runs: int = 5, language: str = "fr") -> dict[str, object]:
    """Median seconds from writing the page to the browser showing the new sentence, and every run."""
    from playwright.sync_api import sync_playwright

    source = project / "docs" / language / f"{PAGE}.md"
    original = source.read_text(encoding="utf-8")
    port = _free_port()
    url = f"http://127.0.0.1:{port}/{PAGE}/"  # one-language preview: the language is served at the root
    server = subprocess.Popen(
        serve_command(port),
        cwd=project,
        env=serve_environment(language),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    samples: list[float] = []
    try:
        _wait_until_served(url)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
            page = browser.new_page()
            page.goto(url)
            for run in range(runs + 1):  # the first edit warms the server up and is not counted
                marker = f"Phrase de mesure {run} {time.time_ns()}"
                start = time.time()
                source.write_text(f"{original}\n{marker}\n", encoding="utf-8")
                page.get_by_text(marker).wait_for(timeout=30_000)
                if run:
                    samples.append(float(page.evaluate(PAINTED_AT)) - start)
                source.write_text(original, encoding="utf-8")
                page.get_by_text(marker).wait_for(state="detached", timeout=30_000)
                time.sleep(0.5)
            browser.close()
    finally:
        source.write_text(original, encoding="utf-8")
        server.terminate()
        server.wait(timeout=30)
    return {"median_s": round(statistics.median(samples), 2), "runs_s": [round(s, 2) for s in samples]}
