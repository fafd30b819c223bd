-- GET /ping: the ceiling (a constant text answer from the same app, no database, no session).
local common = dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")
setup = common.setup
response = common.response
done = common.done
