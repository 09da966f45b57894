#!/usr/bin/env python3
"""Latency of one client that keeps a pool of keep-alive connections and sends one request at a time.

Usage: bench/pooled-connections.py BINARY [POOL] [REQUESTS]
  BINARY    the scim-monitor executable (e.g. build/release/bin/scim-monitor)
  POOL      connections opened and kept alive, used in turn (default 8)
  REQUESTS  sequential POST /Users, each on the next connection of the pool (default 500)

Starts a headless receiver on a new temporary data directory with one Secret Token, opens POOL
connections, sends REQUESTS user creations one after another, round robin over the connections,
and prints the median and 90th percentile latency in milliseconds. With POOL 1 it is a plain
sequential client. The receiver's group commit waits up to 2 ms for the requests of other open
connections; a pool of idle connections must not make every write pay that wait.
"""
import http.client
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    binary = sys.argv[1]
    pool = int(sys.argv[2]) if len(sys.argv) > 2 else 8
    requests = int(sys.argv[3]) if len(sys.argv) > 3 else 500
    data = tempfile.mkdtemp(prefix="scim-monitor-pool.")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    try:
        created = subprocess.run([binary, "--data-dir", data, "token", "create", "--name", "pool bench"],
                                 capture_output=True, text=True, env=env, check=True).stdout
        token = created.strip().splitlines()[-1]
        server = subprocess.Popen([binary, "--headless", "--data-dir", data, "--listen", "127.0.0.1:0"],
                                  stdout=subprocess.PIPE, text=True, env=env)
        first = server.stdout.readline()
        # The receiver prints a line per request: read them, or it blocks on a full pipe.
        threading.Thread(target=lambda: [None for _ in server.stdout], daemon=True).start()
        port = int(re.search(r":(\d+)/scim/v2", first).group(1))
        headers = {"Authorization": "Bearer " + token, "Content-Type": "application/scim+json"}
        connections = [http.client.HTTPConnection("127.0.0.1", port) for _ in range(pool)]
        for c in connections:  # every connection open and used once before the measured requests
            c.request("GET", "/scim/v2/ServiceProviderConfig", headers=headers)
            c.getresponse().read()
        latencies = []
        for i in range(requests):
            body = json.dumps({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
                               "userName": "pool%d@example.com" % i, "active": True})
            c = connections[i % pool]
            started = time.perf_counter()
            c.request("POST", "/scim/v2/Users", body=body, headers=headers)
            response = c.getresponse()
            response.read()
            latencies.append((time.perf_counter() - started) * 1000)
            if response.status != 201:
                sys.exit("pooled-connections: POST /Users answered %d" % response.status)
        server.terminate()
        server.wait(timeout=20)
        latencies.sort()
        print("pool %d, %d sequential creates: p50 %.2f ms, p90 %.2f ms"
              % (pool, requests, latencies[len(latencies) // 2], latencies[int(len(latencies) * 0.9)]))
    finally:
        shutil.rmtree(data, ignore_errors=True)


if __name__ == "__main__":
    main()
