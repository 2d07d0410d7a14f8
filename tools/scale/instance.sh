# Sourced by tools/scale/benchmark and tools/scale/status-changes: application instances on loopback, each on its own
# data directory under $work, stopped and removed again on exit (also on Ctrl-C).
# The caller sets `work` (a fresh temporary directory) and `jar` before starting anything.

instance_pids=()
declare -A instance_pid

stop_instances() {
    local pid directory
    for pid in "${instance_pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${instance_pids[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    # a PostgreSQL left behind by a JVM that could not stop it
    for directory in "$work"/*/; do
        if [ -f "$directory/postmaster.pid" ]; then
            kill "$(head -n 1 "$directory/postmaster.pid")" 2>/dev/null || true
            sleep 2
        fi
    done
    rm -rf "$work"
}
trap stop_instances EXIT
trap 'exit 130' INT TERM

install_wrk() {
    if ! command -v wrk >/dev/null 2>&1; then
        echo "Installing wrk"
        apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
    fi
}

# copy_database SOURCE NAME: a copy of SOURCE as $work/NAME; SOURCE itself is never opened
copy_database() {
    if [ ! -f "$1/PG_VERSION" ]; then
        echo "$1 is not a PostgreSQL data directory (tools/scale/build-database makes one)" >&2
        exit 2
    fi
    if [ -f "$1/postmaster.pid" ]; then
        echo "$1 is in use (postmaster.pid): stop what runs on it first, it is copied as it is" >&2
        exit 2
    fi
    echo "Copying $1"
    cp -a "$1" "$work/$2"
    rm -f "$work/$2/epg-lock"
    # the passwords of its roles live beside a data directory, not in it
    if [ -f "$1.credentials" ]; then
        cp -a "$1.credentials" "$work/$2.credentials"
    fi
}

free_port() {
    local port
    for port in $(shuf -i 20000-40000 -n 50); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
    echo "no free port found" >&2
    exit 1
}

# start_instance NAME PORT: the packaged jar on $work/NAME (a fresh demo database when there is none yet)
start_instance() {
    java -jar "$jar" --server.address=127.0.0.1 --server.port="$2" \
        --takedown.embedded-postgres.data-directory="$work/$1" >"$work/$1.log" 2>&1 &
    instance_pids+=("$!")
    instance_pid[$1]=$!
}

# cpu_seconds NAME: the processor time used so far by instance NAME's JVM and by its PostgreSQL (server, backends and
# the backends that ended), "JVM POSTGRESQL" in seconds; unlike a rate, other work on the machine changes it little
cpu_seconds() {
    local postmaster hz
    postmaster=$(head -n 1 "$work/$1/postmaster.pid")
    hz=$(getconf CLK_TCK)
    # fields 14 to 17 of /proc/PID/stat: user and system time of the process and of its ended children, in clock
    # ticks (field 2, the name, has no spaces for these processes)
    awk -v hz="$hz" '{ printf "%.2f ", ($14 + $15 + $16 + $17) / hz }' "/proc/${instance_pid[$1]}/stat"
    for pid in $postmaster $(pgrep -P "$postmaster"); do cat "/proc/$pid/stat" 2>/dev/null || true; done \
        | awk -v hz="$hz" '{ ticks += $14 + $15 + $16 + $17 } END { printf "%.2f\n", ticks / hz }'
}

# await_instance NAME PORT: waits until it is ready: the web server answers before the demo case is loaded into a new
# database, and the loading would be measured with the first requests
await_instance() {
    local waited=0
    until grep -q 'Takedown is ready' "$work/$1.log" && curl -sf "http://127.0.0.1:$2/actuator/health" >/dev/null; do
        if [ $waited -ge 600 ]; then
            echo "the $1 instance did not start in 10 minutes:" >&2
            tail -n 20 "$work/$1.log" >&2
            exit 1
        fi
        sleep 2
        waited=$((waited + 2))
    done
}

# database_sql NAME STATEMENT: runs STATEMENT as the schema owner of instance NAME's embedded PostgreSQL, prints the rows
database_sql() {
    local port password
    port=$(grep -o 'Database: jdbc:postgresql://localhost:[0-9]*' "$work/$1.log" | head -n 1 | sed 's/.*://')
    password=$(sed -n 's/^owner\.password=//p' "$work/$1.credentials")
    PGPASSWORD=$password psql -h 127.0.0.1 -p "$port" -U takedown_owner -d postgres -At -c "$2"
}

# sign_in PORT USER PASSWORD: prints the Cookie header value of a new signed-in session
sign_in() {
    local cookies token
    cookies=$(mktemp "$work/cookies.XXXXXX")
    token=$(curl -s -c "$cookies" "http://127.0.0.1:$1/login" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 \
        | sed 's/.*value="\(.*\)"/\1/')
    curl -s -o /dev/null -b "$cookies" -c "$cookies" --data-urlencode "username=$2" \
        --data-urlencode "password=$3" --data-urlencode "_csrf=$token" "http://127.0.0.1:$1/login"
    local cookie
    cookie=$(awk '!/^#/ || /^#HttpOnly_/ { if (NF >= 7) printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 }' "$cookies")
    if [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "http://127.0.0.1:$1/")" != 200 ]; then
        echo "could not sign in as $2 on port $1" >&2
        exit 1
    fi
    echo "$cookie"
}

# csrf_token PORT COOKIE PATH: a CSRF token of the session, from a page with a form
csrf_token() {
    curl -s -H "Cookie: $2" "http://127.0.0.1:$1$3" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 \
        | sed 's/.*value="\(.*\)"/\1/'
}

build_jar() {
    if [ "${SKIP_BUILD:-}" != 1 ]; then
        echo "Building the application (package)"
        ./mvnw -q package -DskipTests
    fi
    jar=$(ls target/takedown-*.jar | grep -v '\.original$' | head -n 1)
}
