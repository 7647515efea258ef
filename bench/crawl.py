#!/usr/bin/env python3
"""Fetches every address of the site map (following a site-map index) from a site on loopback, on four keep-alive
connections, and prints how many answers of each status came back. Used by bench/site-bench.sh to measure memory after
a crawl of every page. Usage: crawl.py PORT"""
import http.client, sys, threading, urllib.parse, xml.etree.ElementTree as ET

port = int(sys.argv[1])
NS = '{http://www.sitemaps.org/schemas/sitemap/0.9}'

def get(conn, path):
    conn.request('GET', path)
    r = conn.getresponse()
    return r.status, r.read()

def path_of(url):
    u = urllib.parse.urlsplit(url)
    return urllib.parse.quote(u.path) + ('?' + u.query if u.query else '')

conn = http.client.HTTPConnection('127.0.0.1', port, timeout=60)
status, body = get(conn, '/sitemap.xml')
root = ET.fromstring(body)
maps = [root] if root.tag == NS + 'urlset' else [ET.fromstring(get(conn, path_of(s.find(NS + 'loc').text))[1]) for s in root.findall(NS + 'sitemap')]
paths = [path_of(u.find(NS + 'loc').text) for m in maps for u in m.findall(NS + 'url')]
codes, lock = {}, threading.Lock()

def work(part):
    c = http.client.HTTPConnection('127.0.0.1', port, timeout=60)
    for p in part:
        try:
            code = get(c, p)[0]
        except Exception:
            code = 'error'
            c = http.client.HTTPConnection('127.0.0.1', port, timeout=60)
        with lock:
            codes[code] = codes.get(code, 0) + 1

threads = [threading.Thread(target=work, args=(paths[i::4],)) for i in range(4)]
[t.start() for t in threads]
[t.join() for t in threads]
print(f"{len(paths)} pages in {len(maps)} site map file(s): " + ", ".join(f"{n} × {c}" for c, n in sorted(codes.items(), key=str)))
