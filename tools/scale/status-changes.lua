-- wrk script of tools/scale/status-changes: each thread (one connection, one signed-in session) moves its own share of
-- the servers from one status to the next, round after round, with the version it last saw, so no two requests
-- ever race for a record. A change counts when the answer is the redirect to the server's page; anything else (the
-- form again with an error, a conflict) is a failure.
-- Arguments: SERVERS_FILE THREADS TODAY REASON COOKIE_1 CSRF_1 ... COOKIE_n CSRF_n
-- SERVERS_FILE: "id version status" a line.

local following = { IDENTIFIED = "SEIZED", SEIZED = "OFFLINE", OFFLINE = "SEIZED", IMAGED = "OFFLINE",
    RETURNED = "REAPPEARED", REAPPEARED = "SEIZED" }
local threads = {}

function setup(thread)
    thread:set("number", #threads)
    table.insert(threads, thread)
end

local servers = {}
local position = 0
local current = nil
local today, reason, csrf
changed = 0
failed = 0

local function encode(text)
    return (text:gsub("[^%w%-_.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function init(args)
    local count = tonumber(args[2])
    today = args[3]
    reason = encode(args[4])
    wrk.headers["Cookie"] = args[5 + 2 * number]
    csrf = encode(args[6 + 2 * number])
    wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
    local line = 0
    for text in io.lines(args[1]) do
        if line % count == number then
            local id, version, status = text:match("^(%d+) (%d+) (%u+)$")
            table.insert(servers, { id = id, version = tonumber(version), status = status })
        end
        line = line + 1
    end
end

function request()
    position = position % #servers + 1
    current = servers[position]
    local body = "status=" .. following[current.status] .. "&effectiveOn=" .. today .. "&reason=" .. reason
        .. "&version=" .. current.version .. "&_csrf=" .. csrf
    return wrk.format("POST", "/servers/" .. current.id .. "/status", nil, body)
end

function response(status, headers, body)
    local location = headers["Location"] or ""
    if status == 302 and location:match("/servers/" .. current.id .. "$") then
        current.version = current.version + 1
        current.status = following[current.status]
        changed = changed + 1
    else
        failed = failed + 1
    end
end

function done(summary, latency, requests)
    local total_changed, total_failed = 0, 0
    for _, thread in ipairs(threads) do
        total_changed = total_changed + thread:get("changed")
        total_failed = total_failed + thread:get("failed")
    end
    io.write(string.format("RESULT %d %d %d %.1f %.1f\n", total_changed, total_failed, summary.duration,
        latency.mean / 1000, latency:percentile(99) / 1000))
end
