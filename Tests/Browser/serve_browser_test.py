#!/usr/bin/env python3
"""A real browser on `dpia serve` (issue 17): headless Chromium driven by Selenium, both from Debian's packages.

Makes a register in a temporary folder from Registers/ (two recorded versions of HalloWerk and a copy
under another id), a project lead assigned to HalloWerk only, starts `dpia serve` on a free loopback
port, and then, as that project lead in the browser: signs in, filters the actions board, updates a
measure with evidence, sees the update on the measure's page, is refused a measure of the other
activity (403), opens the diff of the two versions and signs out. Screenshots of the board, the
measure and the diff page go to a temporary folder (printed at the end; DPIA_SCREENSHOTS names another).

Usage: serve_browser_test.py [path to dpia]  (default .build/debug/dpia). Ends with one line,
"browser test: passed (...)" or "browser test: FAILED: ...", exit code 0 or 1. The whole run is bounded
(3 minutes); the server is always stopped.
"""

import http.client
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse

REPOSITORY = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PASSWORD = "een lang genoeg wachtwoord 17"
TOTAL_SECONDS = 180


class Failure(Exception):
    pass


def run(command, stdin_text=None):
    result = subprocess.run(command, input=stdin_text, capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        raise Failure(f"{' '.join(command[:3])} ended with {result.returncode}: {result.stderr.strip()[:500]}")
    return result.stdout


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def make_register(dpia, folder):
    """Two versions of HalloWerk, a copy under another id, and the user lead (a project lead assigned HalloWerk)."""
    specs = os.path.join(folder, "specs")
    os.makedirs(specs)
    original = open(os.path.join(REPOSITORY, "Registers/utrecht/hallowerk.yaml"), encoding="utf-8").read()
    if "id: hallowerk-utrecht" not in original:
        raise Failure("Registers/utrecht/hallowerk.yaml has no 'id: hallowerk-utrecht'")
    database = os.path.join(folder, "register.sqlite")
    spec = os.path.join(specs, "hallowerk.yaml")
    copy = os.path.join(specs, "kopie.yaml")
    open(spec, "w", encoding="utf-8").write(original)
    open(copy, "w", encoding="utf-8").write(original.replace("id: hallowerk-utrecht", "id: hallowerk-kopie", 1))
    run([dpia, "record", spec, copy, "--db", database, "--date", "2025-01-10"])
    second = original.replace("title: HalloWerk", "title: HalloWerk (herzien)", 1)
    if second == original:
        raise Failure("could not change the title of HalloWerk for a second version")
    open(spec, "w", encoding="utf-8").write(second)
    run([dpia, "record", spec, "--db", database, "--date", "2025-02-10"])
    run([dpia, "users", "add", "lead", "--role", "project-lead", "--db", database], PASSWORD + "\n")
    run([dpia, "users", "assign", "lead", "--activity", "hallowerk-utrecht", "--db", database])
    return database


def wait_for_server(port, server, seconds=60):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if server.poll() is not None:
            raise Failure(f"dpia serve stopped at start (exit {server.returncode}): {server.stderr.read()[:500]}")
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/login")
            if connection.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise Failure(f"dpia serve did not answer on port {port} within {seconds} s")


def post_status(port, path, fields, cookie):
    """The status of a form POST with the browser's session (to see the refusal's code, which a browser hides)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request("POST", path, urllib.parse.urlencode(fields),
                       {"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie})
    response = connection.getresponse()
    return response.status, response.read().decode("utf-8", "replace")


def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--window-size=1280,1000", "--lang=nl-NL"):
        options.add_argument(argument)
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    service = Service(shutil.which("chromedriver") or "/usr/bin/chromedriver")
    driver = webdriver.Chrome(options=options, service=service)
    driver.set_page_load_timeout(30)
    return driver


def check(condition, message):
    if not condition:
        raise Failure(message)


def next_page(driver, action):
    """Does `action` (a click, a form sent by script) and waits until another page has loaded completely.

    The old page is marked with a token in its `window`; a new page has a new `window` without it. Waiting on the
    old element's staleness instead made chromedriver fail now and then with "Node with given id does not belong
    to the document" while the page was being replaced, so errors during the change are waited out here.
    """
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.support.ui import WebDriverWait
    token = os.urandom(8).hex()
    driver.execute_script("window.__dpiaBrowserTest = arguments[0];", token)
    action()

    def replaced(driver):
        return driver.execute_script(
            "return window.__dpiaBrowserTest !== arguments[0] && document.readyState === 'complete';", token)

    WebDriverWait(driver, 30, ignored_exceptions=(WebDriverException,)).until(replaced)


def scenario(driver, port, shots):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select
    base = f"http://127.0.0.1:{port}"
    steps = []

    def text():
        return driver.find_element(By.TAG_NAME, "body").text

    def submit(element):
        """Clicks and waits until the next page has replaced this one."""
        next_page(driver, element.click)

    def shot(name):
        driver.save_screenshot(os.path.join(shots, name + ".png"))

    # 1. Signing in as the project lead.
    driver.get(base + "/actions")
    check(driver.current_url.endswith("/login"), f"without a session /actions should lead to /login, not {driver.current_url}")
    driver.find_element(By.NAME, "name").send_keys("lead")
    driver.find_element(By.NAME, "password").send_keys(PASSWORD)
    submit(driver.find_element(By.CSS_SELECTOR, "form.login button"))
    check("lead (projectleider)" in text(), "after signing in the header should name 'lead (projectleider)'")
    steps.append("signed in")

    # 2. The board, filtered on HalloWerk and open measures.
    driver.get(base + "/actions")
    Select(driver.find_element(By.NAME, "activity")).select_by_value("hallowerk-utrecht")
    Select(driver.find_element(By.NAME, "status")).select_by_value("open")
    submit(driver.find_element(By.CSS_SELECTOR, "form.filters button"))
    query = urllib.parse.parse_qs(urllib.parse.urlparse(driver.current_url).query)
    check(query.get("activity") == ["hallowerk-utrecht"] and query.get("status") == ["open"],
          f"the filter should put activity and status in the address: {driver.current_url}")
    rows = driver.find_elements(By.CSS_SELECTOR, "main table tbody tr")
    check(rows, "the filtered board shows no measures")
    check(all("hallowerk-kopie" not in row.text for row in rows), "the board filtered on HalloWerk shows the copy's measures")
    shot("board")
    steps.append(f"board filtered ({len(rows)} measures)")

    # 3. Updating the first measure with evidence.
    link = rows[0].find_element(By.CSS_SELECTOR, "td:nth-child(2) a")
    measure_path = urllib.parse.urlparse(link.get_attribute("href")).path
    submit(link)
    Select(driver.find_element(By.NAME, "status")).select_by_value("in-progress")
    evidence = "https://intranet.example/bewijs/verwerkersovereenkomst-17.pdf"
    driver.find_element(By.NAME, "evidence").send_keys(evidence)
    driver.find_element(By.NAME, "note").send_keys("Getekende overeenkomst <b>ontvangen</b>")
    submit(driver.find_element(By.CSS_SELECTOR, "form.update button"))
    body = text()
    check("Uw voortgang is vastgelegd" in body, "after saving the page should confirm the update")
    check(driver.find_elements(By.CSS_SELECTOR, f"a[href='{evidence}']"), "the evidence should be a link on the measure's page")
    check("Getekende overeenkomst <b>ontvangen</b>" in body, "the note should be shown as text (escaped), not as HTML")
    history = driver.find_element(By.XPATH, "//h2[text()='Voortgang']/following-sibling::table[1]").text
    check("lopend" in history and "lead" in history, "the update (lopend, by lead) should be in the measure's history")
    shot("measure")
    steps.append("measure updated with evidence and seen on its page")

    # 4. Refused: a measure of the copy, which is not assigned to this project lead.
    other_path = measure_path.replace("/activities/hallowerk-utrecht/", "/activities/hallowerk-kopie/", 1)
    driver.get(base + other_path)
    check(not driver.find_elements(By.CSS_SELECTOR, "form.update"), "the copy's measure page should have no update form for this lead")
    csrf = driver.find_element(By.CSS_SELECTOR, "form.logout input[name=csrf]").get_attribute("value")
    # Sent anyway, as a forged form would be: the server refuses it.
    next_page(driver, lambda: driver.execute_script(
        "var f = document.createElement('form'); f.method = 'post'; f.action = arguments[0];"
        "[['csrf', arguments[1]], ['status', 'done']].forEach(function (p) {"
        " var i = document.createElement('input'); i.type = 'hidden'; i.name = p[0]; i.value = p[1]; f.appendChild(i); });"
        "document.body.appendChild(f); f.submit();", other_path, csrf))
    check("Geen toegang" in text(), "submitting an update of another activity's measure should show 'Geen toegang'")
    check("lead (projectleider)" in text(), "the refusal page should have the page header")
    shot("refused")
    cookie = "; ".join(f"{c['name']}={c['value']}" for c in driver.get_cookies())
    status, _ = post_status(port, other_path, {"csrf": csrf, "status": "done"}, cookie)
    check(status == 403, f"the refusal should be 403, was {status}")
    driver.get(base + other_path)
    check("gereed" not in driver.find_element(By.CSS_SELECTOR, "dl").text, "the refused update should have changed nothing")
    steps.append("refused another activity's measure (403)")

    # 5. The diff of the two versions, from the activity page's compare form.
    driver.get(base + "/activities/hallowerk-utrecht")
    choices = [Select(driver.find_element(By.NAME, side)).first_selected_option.get_attribute("value") for side in ("from", "to")]
    check(choices[0] != choices[1], "the compare form should preselect two different versions")
    submit(driver.find_element(By.XPATH, "//form[@action='/activities/hallowerk-utrecht/diff']//button"))
    check("HalloWerk (herzien)" in text(), "the diff should show the changed title")
    shot("diff")
    steps.append("diff opened")

    # 6. Signing out.
    submit(driver.find_element(By.CSS_SELECTOR, "form.logout button"))
    check(driver.current_url.endswith("/login"), "signing out should lead to the sign-in page")
    driver.get(base + "/actions")
    check(driver.current_url.endswith("/login"), "after signing out the board should ask to sign in again")
    steps.append("signed out")
    return steps


def main():
    dpia = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(REPOSITORY, ".build/debug/dpia"))
    folder = tempfile.mkdtemp(prefix="dpia-browser-")
    shots = os.environ.get("DPIA_SCREENSHOTS") or os.path.join(folder, "screenshots")
    os.makedirs(shots, exist_ok=True)
    server = None
    driver = None

    def timed_out(signum, frame):
        raise Failure(f"the browser test took longer than {TOTAL_SECONDS} s")

    signal.signal(signal.SIGALRM, timed_out)
    signal.alarm(TOTAL_SECONDS)
    try:
        if not os.access(dpia, os.X_OK):
            raise Failure(f"no dpia binary at {dpia} (build first)")
        database = make_register(dpia, folder)
        port = free_port()
        server = subprocess.Popen([dpia, "serve", "--db", database, "--port", str(port), "--host", "127.0.0.1"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True)
        wait_for_server(port, server)
        driver = browser()
        steps = scenario(driver, port, shots)
        print(f"browser test: passed ({'; '.join(steps)}); screenshots in {shots}")
        return 0
    except Exception as error:  # every failure ends in the one closing line
        if driver is not None:
            try:
                driver.save_screenshot(os.path.join(shots, "failure.png"))
            except Exception:
                pass
        import traceback
        where = [frame for frame in traceback.extract_tb(error.__traceback__) if frame.filename == __file__]
        place = f" (line {where[-1].lineno}: {where[-1].line})" if where else ""
        message = str(error).split("\n")[0]
        print(f"browser test: FAILED: {type(error).__name__}: {message}{place}; screenshots in {shots}")
        return 1
    finally:
        signal.alarm(0)
        if driver is not None:
            try:
                driver.quit()
            except Exception:
                pass
        if server is not None and server.poll() is None:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
        # Only the screenshots stay.
        for name in os.listdir(folder):
            if os.path.join(folder, name) != shots:
                path = os.path.join(folder, name)
                shutil.rmtree(path, ignore_errors=True) if os.path.isdir(path) else os.remove(path)


if __name__ == "__main__":
    sys.exit(main())
