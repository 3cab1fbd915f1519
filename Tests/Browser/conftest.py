"""Fixtures of the browser suite: the explorer page built by the `diplograph` binary, and headless
Chromium driven through Debian's chromedriver (Selenium Manager never downloads anything)."""

import os
import subprocess
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

from graph_model import Graph

ROOT = Path(__file__).resolve().parents[2]
GRAPH = ROOT / "Graphs" / "kazakhstan-multivector.yaml"
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")


def diplograph():
    """The binary: $DIPLOGRAPH, else the package's debug build (built when missing)."""
    if "DIPLOGRAPH" in os.environ:
        return os.environ["DIPLOGRAPH"]
    subprocess.run(["swift", "build", "--product", "diplograph"], cwd=ROOT, check=True)
    bin_path = subprocess.run(["swift", "build", "--show-bin-path"], cwd=ROOT, check=True,
                              capture_output=True, text=True).stdout.strip()
    return str(Path(bin_path) / "diplograph")


@pytest.fixture(scope="session")
def graph():
    return Graph(GRAPH)


@pytest.fixture(scope="session")
def page_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("explorer") / "explorer.html"
    subprocess.run([diplograph(), "explore", str(GRAPH), "--output", str(path)], check=True)
    return path


@pytest.fixture(scope="session")
def page_url(page_path):
    return page_path.as_uri()


def new_driver(width=1280, height=900):
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     f"--window-size={width},{height}", "--lang=en-US"]:
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)


@pytest.fixture
def driver():
    browser = new_driver()
    yield browser
    browser.quit()


@pytest.fixture
def screenshots():
    """Saves a screenshot as NAME.png in $EXPLORER_SCREENSHOTS when it is set."""
    folder = os.environ.get("EXPLORER_SCREENSHOTS")

    def save(browser, name):
        if folder:
            Path(folder).mkdir(parents=True, exist_ok=True)
            browser.save_screenshot(str(Path(folder) / f"{name}.png"))

    return save
