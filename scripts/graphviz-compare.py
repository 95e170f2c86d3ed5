#!/usr/bin/env python3
# The measurement behind "why our own router" (docs/architecture.md, The topology map): takes a
# map dumped at the Nodes level (switchboard --demo --demo-nodes 1000 --page topology
# --dump-scene scene.json, with the Nodes level chosen), puts 3 000 edges between its node groups
# and times Graphviz on them three ways: dot with a cluster per zone (layout and routing),
# neato -n2 with our places pinned and splines=true, and the same with splines=ortho.
# Needs graphviz (apt install graphviz); not part of the build or the tests.
import json, random, subprocess, sys, tempfile, time, os

scene = json.load(open(sys.argv[1]))
groups = [b for b in scene['boxes'] if b['kind'] == 'group']
zones = [b for b in scene['boxes'] if b['kind'] == 'zone']
random.seed(1)
edges = set()
while len(edges) < 3000:
    a, b = random.sample(range(len(groups)), 2)
    edges.add((a, b))
tmp = tempfile.mkdtemp()

def write(name, text):
    path = os.path.join(tmp, name)
    open(path, 'w').write(text)
    return path

dot = ['digraph G { node [shape=box width=1.7 height=0.8 fixedsize=true];']
for z in zones:
    dot.append('subgraph "cluster_%s" {' % z['id'])
    dot += ['g%d;' % i for i, g in enumerate(groups) if g['parent'] == z['id']]
    dot.append('}')
dot += ['g%d -> g%d;' % e for e in edges] + ['}']
runs = []
for splines in ['true', 'ortho']:
    pinned = ['digraph G { splines=%s; node [shape=box fixedsize=true];' % splines]
    pinned += ['g%d [pos="%f,%f!" width=%f height=%f];' % (i, g['x'] + g['w'] / 2, -(g['y'] + g['h'] / 2), g['w'] / 72, g['h'] / 72)
               for i, g in enumerate(groups)]
    pinned += ['g%d -> g%d;' % e for e in edges] + ['}']
    runs.append(('neato -n2, splines=' + splines, ['neato', '-n2', '-Tjson', write('neato-%s.gv' % splines, '\n'.join(pinned))]))
runs.append(('dot, a cluster per zone', ['dot', '-Tjson', write('dot.gv', '\n'.join(dot))]))
limit = 300
print('%d node groups in %d zones, %d edges' % (len(groups), len(zones), len(edges)), flush=True)
for name, command in runs:
    start = time.monotonic()
    try:
        subprocess.run(command, stdout=subprocess.DEVNULL, check=True, timeout=limit)
        print('%-28s %.2f s' % (name, time.monotonic() - start), flush=True)
    except subprocess.TimeoutExpired:
        print('%-28s over %d s (stopped)' % (name, limit), flush=True)
