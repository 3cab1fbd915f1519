"""The explorer page (`diplograph explore`) in headless Chromium: self-contained, quiet, and every
behaviour of issue 15 — entity details, layer switches, the date control, search, keyboard, a narrow
window. Expected values come from the graph's YAML (graph_model.py), never from the page's JSON."""

import json
import re
import subprocess
import sys
from html.parser import HTMLParser

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from conftest import GRAPH, ROOT, diplograph, new_driver

EXTERNAL = re.compile(r"^\s*(https?:|ftp:|wss?:|//)", re.IGNORECASE)


def open_page(driver, url):
    driver.get(url)
    WebDriverWait(driver, 10).until(lambda d: d.execute_script(
        "return document.readyState === 'complete' && document.getElementById('status').textContent !== ''"))


def severe_console_entries(driver):
    return [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def requested_urls(driver):
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def click_entity(driver, entity):
    node = driver.find_element(By.CSS_SELECTOR, f'[data-entity="{entity}"]')
    driver.execute_script("arguments[0].scrollIntoView({block: 'center', inline: 'center'});", node)
    # The label is what a reader clicks (it lies over the shape).
    node.find_element(By.CSS_SELECTOR, "text").click()
    WebDriverWait(driver, 5).until(
        lambda d: d.find_element(By.ID, "details").get_attribute("data-entity-shown") == entity)


def visible_ties(driver):
    """The drawn ties that are displayed, each as the tuple of the relation ids it carries."""
    shown = driver.execute_script("""
        return Array.from(document.querySelectorAll('[data-tie]'))
          .filter(function (g) { return getComputedStyle(g).display !== 'none'; })
          .map(function (g) { return g.getAttribute('data-relations'); });""")
    return {tuple(ids.split()) for ids in shown}


def ties_where(driver, graph, keep):
    """The drawn ties (as in visible_ties) with a relation for which keep(relation) holds: a tie
    stays visible while one of the relations it carries does."""
    carried = [tuple(t["relations"].split()) for t in tie_attributes(driver)]
    return {tie for tie in carried if any(keep(graph.by_id[r]) for r in tie)}


def tie_attributes(driver):
    return driver.execute_script("""
        return Array.from(document.querySelectorAll('[data-tie]')).map(function (g) {
          return {tie: g.getAttribute('data-tie'), relations: g.getAttribute('data-relations'), layer: g.getAttribute('data-layer'),
                  since: g.getAttribute('data-since'), until: g.getAttribute('data-until')};
        });""")


class Attributes(HTMLParser):
    """Every attribute value and every `<script src>`/`<link>`/`<img>` of a page."""

    def __init__(self):
        super().__init__()
        self.values = []
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self.values += [(tag, name, value or "") for name, value in attrs]


def test_page_references_nothing_outside_itself(page_path):
    text = page_path.read_text(encoding="utf-8")
    parser = Attributes()
    parser.feed(text)
    linked = [(tag, name, value) for tag, name, value in parser.values
              if name in ("src", "href", "xlink:href", "action", "srcset", "data", "poster") and EXTERNAL.match(value)]
    assert linked == []
    assert not [t for t, a in parser.tags if t == "script" and "src" in a]
    assert not [t for t, a in parser.tags if t == "link" and a.get("rel") != "icon"]
    assert not re.search(r"@import|url\(\s*['\"]?(https?:|//)", text, re.IGNORECASE)
    csp = [a.get("content", "") for t, a in parser.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert csp and "default-src 'none'" in csp[0]


def test_loads_without_requests_or_console_errors(driver, page_url, screenshots):
    open_page(driver, page_url)
    click_entity(driver, "KAZ")
    screenshots(driver, "explorer-wide")
    urls = requested_urls(driver)
    assert page_url in urls, "the network log records the page itself"
    external = [u for u in urls if not u.startswith(("file:", "data:", "about:"))]
    assert external == []
    assert [u for u in urls if u.startswith("file:")] == [page_url]
    assert severe_console_entries(driver) == []


def test_works_with_the_network_off(driver, page_url):
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.emulateNetworkConditions", {
        "offline": True, "latency": 0, "downloadThroughput": 0, "uploadThroughput": 0})
    open_page(driver, page_url)
    click_entity(driver, "RUS")
    assert driver.find_elements(By.CSS_SELECTOR, "#details li.relation")
    assert severe_console_entries(driver) == []


def test_every_entity_once_and_every_tie_attributed(driver, page_url, graph):
    open_page(driver, page_url)
    entities = driver.execute_script(
        "return Array.from(document.querySelectorAll('[data-entity]')).map(function (e) { return e.getAttribute('data-entity'); });")
    assert sorted(entities) == sorted(graph.entities)
    ties = tie_attributes(driver)
    drawn = [r for t in ties for r in t["relations"].split()]
    assert sorted(drawn) == sorted(graph.by_id)
    for tie in ties:
        relations = [graph.by_id[r] for r in tie["relations"].split()]
        assert set(tie["layer"].split()) == {r.layer for r in relations}
        spans = [r.span() for r in relations]
        starts, ends = [s for s, _ in spans], [u for _, u in spans]
        assert tie["since"] == (None if None in starts else min(starts))
        assert tie["until"] == (None if None in ends else max(ends))
    assert any(t["since"] for t in ties) and any(t["until"] for t in ties)


def test_clicking_kazakhstan_lists_its_relations_and_citations(driver, page_url, graph, screenshots):
    open_page(driver, page_url)
    click_entity(driver, "KAZ")
    screenshots(driver, "explorer-kazakhstan")
    details = driver.find_element(By.ID, "details")
    assert details.find_element(By.CSS_SELECTOR, "h2").text == graph.entities["KAZ"]["name"]
    items = details.find_elements(By.CSS_SELECTOR, "li.relation")
    expected = graph.relations_of("KAZ")
    assert sorted(i.get_attribute("data-relation") for i in items) == sorted(r.id for r in expected)
    for item in items:
        relation = graph.by_id[item.get_attribute("data-relation")]
        facts = item.find_element(By.CSS_SELECTOR, ".facts").text
        assert relation.layer in facts and "strength" in facts
        citations = item.find_elements(By.CSS_SELECTOR, "li.citation")
        assert len(citations) == len(relation.claims)
        for shown, claim in zip(citations, relation.claims):
            text = shown.text
            assert claim.evidence in text
            assert graph.sources[claim.source]["title"] in text
            assert f"¶{claim.paragraph}" in text
        disputes = [d.text for d in item.find_elements(By.CSS_SELECTOR, "li.dispute")]
        assert any("dating" in d for d in disputes) == relation.has_dating_dispute()
    dated = [r for r in expected if r.span() != (None, None)]
    assert dated, "the test needs a dated relation of Kazakhstan"
    for relation in dated:
        item = details.find_element(By.CSS_SELECTOR, f'li.relation[data-relation="{relation.id}"]')
        since, until = relation.span()
        for bound in (since, until):
            if bound:
                assert bound[:4] in item.find_element(By.CSS_SELECTOR, ".facts").text
    assert severe_console_entries(driver) == []


@pytest.mark.parametrize("layer", ["trade", "member_of", "tension"])
def test_layer_checkbox_hides_and_shows_its_ties(driver, page_url, graph, layer):
    open_page(driver, page_url)
    boxes = driver.find_elements(By.CSS_SELECTOR, "input[type=checkbox][data-layer]")
    assert sorted(b.get_attribute("data-layer") for b in boxes) == sorted({r.layer for r in graph.drawn})
    box = driver.find_element(By.CSS_SELECTOR, f'input[type=checkbox][data-layer="{layer}"]')
    every = ties_where(driver, graph, lambda r: True)
    box.click()
    expected = ties_where(driver, graph, lambda r: r.layer != layer)
    assert visible_ties(driver) == expected
    assert expected != every
    box.click()
    assert visible_ties(driver) == every


def set_date(driver, day, event):
    driver.execute_script(
        "var c = document.getElementById('as-of'); c.value = arguments[0];"
        "c.dispatchEvent(new Event(arguments[1], {bubbles: true}));", day, event)


@pytest.mark.parametrize("day,event", [("2012-06-15", "input"), ("2016-01-01", "change"), ("2023-03-01", "input")])
def test_date_control_keeps_the_ties_valid_that_day(driver, page_url, graph, day, event):
    open_page(driver, page_url)
    every = ties_where(driver, graph, lambda r: True)
    set_date(driver, day, event)
    expected = ties_where(driver, graph, lambda r: r.holds(day))
    assert visible_ties(driver) == expected
    assert expected != every, "the date should hide some tie"
    driver.find_element(By.ID, "all-dates").click()
    assert visible_ties(driver) == every


def test_date_and_layers_combine(driver, page_url, graph):
    open_page(driver, page_url)
    set_date(driver, "2015-06-01", "change")
    driver.find_element(By.CSS_SELECTOR, 'input[type=checkbox][data-layer="member_of"]').click()
    expected = ties_where(driver, graph, lambda r: r.holds("2015-06-01") and r.layer != "member_of")
    assert visible_ties(driver) == expected


@pytest.mark.parametrize("query,entity", [("Astana", "KAZ"), ("russian federation", "RUS"), ("PRC", "CHN"),
                                          ("Turkiye", "TUR"), ("Eurasian Economic Union", "EEU")])
def test_search_by_name_or_alias_focuses_the_entity(driver, page_url, graph, query, entity):
    assert query.lower() in [n.lower() for n in graph.names(entity)]
    open_page(driver, page_url)
    search = driver.find_element(By.ID, "search")
    search.send_keys(query + Keys.ENTER)
    WebDriverWait(driver, 5).until(
        lambda d: d.switch_to.active_element.get_attribute("data-entity") == entity)
    assert driver.find_element(By.ID, "details").get_attribute("data-entity-shown") == entity


def test_search_without_match_says_so(driver, page_url):
    open_page(driver, page_url)
    driver.find_element(By.ID, "search").send_keys("Atlantis" + Keys.ENTER)
    assert "No entity matches" in driver.find_element(By.ID, "status").text
    assert driver.find_element(By.ID, "details").get_attribute("data-entity-shown") is None


def test_keyboard_tab_to_entities_and_enter_opens_details(driver, page_url, graph):
    open_page(driver, page_url)
    driver.find_element(By.ID, "search").click()
    reached = []
    for _ in range(40):
        driver.switch_to.active_element.send_keys(Keys.TAB)
        entity = driver.switch_to.active_element.get_attribute("data-entity")
        if entity:
            reached.append(entity)
            if len(reached) == 2:
                break
    assert len(reached) == 2 and reached[0] != reached[1]
    driver.switch_to.active_element.send_keys(Keys.ENTER)
    details = driver.find_element(By.ID, "details")
    assert details.get_attribute("data-entity-shown") == reached[1]
    shown = sorted(i.get_attribute("data-relation") for i in details.find_elements(By.CSS_SELECTOR, "li.relation"))
    assert shown == sorted(r.id for r in graph.relations_of(reached[1]))


def test_narrow_window(page_url, graph, screenshots):
    browser = new_driver(500, 860)
    try:
        # Headless windows are at least 500 px wide; the viewport is narrowed to 400 px.
        browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                {"width": 400, "height": 860, "deviceScaleFactor": 1, "mobile": False})
        open_page(browser, page_url)
        screenshots(browser, "explorer-narrow")
        width = browser.execute_script("return window.innerWidth")
        assert width == 400
        assert browser.execute_script("return document.documentElement.scrollWidth") <= width
        for control in ("search", "as-of", "details", "diagram"):
            element = browser.find_element(By.ID, control)
            box = element.rect
            assert element.is_displayed() and box["x"] >= 0 and box["x"] + box["width"] <= width + 1, control
        browser.find_element(By.ID, "search").send_keys("Kazakhstan" + Keys.ENTER)
        WebDriverWait(browser, 5).until(
            lambda d: d.find_element(By.ID, "details").get_attribute("data-entity-shown") == "KAZ")
        items = browser.find_elements(By.CSS_SELECTOR, "#details li.relation")
        assert len(items) == len(graph.relations_of("KAZ"))
        assert all(i.rect["x"] + i.rect["width"] <= width + 1 for i in items)
        screenshots(browser, "explorer-narrow-kazakhstan")
        assert severe_console_entries(browser) == []
    finally:
        browser.quit()


def test_report_links_to_the_explorer_beside_it_and_is_legible(driver, tmp_path, graph):
    report = tmp_path / "report.html"
    subprocess.run([diplograph(), "report", str(GRAPH), "--output", str(report)], check=True)
    assert (tmp_path / "report-explorer.html").is_file()
    # The median entity label of the report's diagrams is at least 10 px tall at 1280 px.
    measured = subprocess.run([sys.executable, str(ROOT / "Scripts" / "measure-labels.py"), str(report), "--min", "10"],
                              capture_output=True, text=True)
    assert measured.returncode == 0, measured.stdout + measured.stderr
    driver.get(report.as_uri())
    link = driver.find_element(By.CSS_SELECTOR, '#explorer a[href="report-explorer.html"]')
    link.click()
    WebDriverWait(driver, 10).until(lambda d: d.current_url.endswith("/report-explorer.html"))
    open_page(driver, driver.current_url)
    entities = driver.find_elements(By.CSS_SELECTOR, "[data-entity]")
    assert sorted(e.get_attribute("data-entity") for e in entities) == sorted(graph.entities)
    assert severe_console_entries(driver) == []


def test_escape_clears_the_selection(driver, page_url):
    open_page(driver, page_url)
    click_entity(driver, "KAZ")
    assert driver.find_elements(By.CSS_SELECTOR, "g.edge.muted")
    driver.switch_to.active_element.send_keys(Keys.ESCAPE)
    assert driver.find_element(By.ID, "details").get_attribute("data-entity-shown") is None
    assert not driver.find_elements(By.CSS_SELECTOR, "g.edge.muted, [data-entity].selected")


def test_clicking_a_tie_lists_the_relations_it_carries(driver, page_url, graph):
    open_page(driver, page_url)
    ties = tie_attributes(driver)
    widest = max(ties, key=lambda t: len(t["relations"].split()))
    carried = widest["relations"].split()
    pairs = {frozenset((graph.by_id[r].source, graph.by_id[r].target)) for r in carried}
    assert len(pairs) == 1, "a drawn tie joins one pair"
    driver.execute_script("""
        document.querySelector('[data-tie="' + arguments[0] + '"] path')
          .dispatchEvent(new MouseEvent('click', {bubbles: true}));""", widest["tie"])
    details = driver.find_element(By.ID, "details")
    assert details.get_attribute("data-tie-shown") == widest["tie"]
    shown = [i.get_attribute("data-relation") for i in details.find_elements(By.CSS_SELECTOR, "li.relation")]
    assert sorted(shown) == sorted(carried)
    citations = details.find_elements(By.CSS_SELECTOR, "li.citation")
    assert len(citations) == sum(len(graph.by_id[r].claims) for r in carried)
    assert severe_console_entries(driver) == []
