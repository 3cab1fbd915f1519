#!/usr/bin/env python3
"""Measures how tall the node labels of the diagrams in an HTML page are when the page is shown
in headless Chromium at a given width (default 1280 px): prints the count, median, minimum and
maximum of the rendered heights of every `<text>` inside an SVG `g.node` (the entities), and
exits 1 when the median is below --min.

Usage: Scripts/measure-labels.py PAGE.html [--width 1280] [--min 10]
Needs Debian's chromium and chromium-driver and the selenium package.
"""
import argparse
import pathlib
import statistics
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("page")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=900)
    parser.add_argument("--min", type=float, default=10.0, help="smallest acceptable median height in px")
    args = parser.parse_args()
    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", f"--window-size={args.width},{args.height}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        driver.set_window_size(args.width, args.height)
        driver.get(pathlib.Path(args.page).resolve().as_uri())
        heights = driver.execute_script(
            "return Array.from(document.querySelectorAll('svg g.node text'))"
            ".map(t => t.getBoundingClientRect().height).filter(h => h > 0);")
        per_figure = driver.execute_script(
            "return Array.from(document.querySelectorAll('svg')).map(s => Array.from(s.querySelectorAll('g.node text'))"
            ".map(t => t.getBoundingClientRect().height).filter(h => h > 0));")
        width = driver.execute_script("return window.innerWidth;")
    finally:
        driver.quit()
    if not heights:
        print("no node labels found", file=sys.stderr)
        return 1
    median = statistics.median(heights)
    print(f"viewport {width} px: {len(heights)} labels, median {median:.1f} px, "
          f"min {min(heights):.1f} px, max {max(heights):.1f} px")
    for index, figure in enumerate(f for f in per_figure if f):
        print(f"  diagram {index + 1}: {len(figure)} labels, median {statistics.median(figure):.1f} px")
    return 0 if median >= args.min else 1


if __name__ == "__main__":
    sys.exit(main())
