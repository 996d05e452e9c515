#!/usr/bin/env python3
"""Runs axe-core (4.9, bundled in the PyPI package selenium-axe-python) in headless Chromium, driven by Debian's
chromium-driver, over every HTML page of a built site, for WCAG 2.0/2.1 A and AA.

Usage: axe_check.py SITE_FOLDER    Prints each violation with page, rule and element; exits 1 on any.
"""
import json
import os
import sys

import importlib.util
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def main(site):
    package = os.path.dirname(importlib.util.find_spec("selenium_axe_python").origin)
    axe_script = open(os.path.join(package, "axe-core", "axe.min.js"), encoding="utf-8").read()
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1000"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_script_timeout(60)
    pages = sorted(os.path.join(root, name) for root, _, names in os.walk(site) for name in names if name.endswith(".html"))
    failures = 0
    try:
        for page in pages:
            driver.get("file://" + os.path.abspath(page))
            driver.execute_script(axe_script)
            result = driver.execute_async_script(
                "var done = arguments[arguments.length - 1];"
                "axe.run(document, {runOnly: {type: 'tag', values: %s}}).then(function (r) { done(r.violations); },"
                " function (e) { done([{id: 'axe-error', help: String(e), nodes: []}]); });" % json.dumps(TAGS))
            for violation in result:
                failures += 1
                targets = [", ".join(node.get("target", [])) for node in violation.get("nodes", [])][:3]
                print("%s: [%s] %s %s" % (os.path.relpath(page, site), violation["id"], violation["help"], targets))
    finally:
        driver.quit()
    print("axe: %d sider kontrollert, %d brudd på WCAG 2.1 A/AA." % (len(pages), failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
