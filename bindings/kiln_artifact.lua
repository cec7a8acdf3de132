-- Cache types: kiln.artifact validates a declaration; run_script runs a
-- type script and returns what it declared.
local K, kiln = ...
local type, pairs, ipairs, tostring, error, xpcall = type, pairs, ipairs, tostring, error, xpcall
local fmt, concat, traceback = string.format, table.concat, debug.traceback

local SPEC_FIELDS = {
  name = "string", version = "number", outputs = "table", timeout_ms = "number",
  compute = "function", output = "function", apply = "function", load = "function",
  on_error = "function", gpu_bytes = "number|function", max_concurrency = "number",
}
local OUTPUT_FIELDS = { disk = true, gpu = true }

local registering -- list of specs while a script loads, else nil

local function spec_error(spec, msg)
  local name = type(spec) == "table" and type(spec.name) == "string" and spec.name
  error("kiln.artifact" .. (name and (" '" .. name .. "'") or "") .. ": " .. msg, 3)
end

-- kiln.artifact { name =, version =, outputs =, timeout_ms =, compute =, output =, apply = }
function kiln.artifact(spec)
  if type(spec) ~= "table" then
    error("kiln.artifact: expected a table, got " .. type(spec), 2)
  end
  for k, v in pairs(spec) do
    local want = SPEC_FIELDS[k]
    if not want then
      local names = {}
      for n in pairs(SPEC_FIELDS) do names[#names + 1] = n end
      table.sort(names)
      spec_error(spec, fmt("unknown field '%s' (fields: %s)", tostring(k), concat(names, ", ")))
    end
    if type(v) ~= want and not (want == "number|function" and (type(v) == "number" or type(v) == "function")) then
      spec_error(spec, fmt("field '%s' must be a %s, got %s", k, want:gsub("|", " or "), type(v)))
    end
  end
  if type(spec.name) ~= "string" or not spec.name:match("^[%w_%-%.]+$") or #spec.name > 100 then
    spec_error(spec, "field 'name' must be 1-100 letters, digits, '_', '-' or '.'")
  end
  if type(spec.compute) ~= "function" then
    spec_error(spec, "field 'compute' must be a function")
  end
  local v = spec.version or 1
  if v < 0 or v ~= math.floor(v) or v > 0xffffffff then
    spec_error(spec, "field 'version' must be a non-negative integer, got " .. tostring(v))
  end
  if spec.timeout_ms and not (spec.timeout_ms > 0 and spec.timeout_ms < 1e9) then
    spec_error(spec, "field 'timeout_ms' must be a positive number of milliseconds")
  end
  local mc = spec.max_concurrency
  if mc ~= nil and not (mc >= 1 and mc <= 1e6 and mc == math.floor(mc)) then
    spec_error(spec, "field 'max_concurrency' must be an integer from 1 to 1000000, got " .. tostring(mc))
  end
  if spec.gpu_bytes ~= nil and not (spec.outputs and spec.outputs.gpu) then
    spec_error(spec, "field 'gpu_bytes' needs outputs.gpu = true")
  end
  if type(spec.gpu_bytes) == "number" and not (spec.gpu_bytes >= 0 and spec.gpu_bytes <= 2^48
      and spec.gpu_bytes == math.floor(spec.gpu_bytes)) then
    spec_error(spec, "field 'gpu_bytes' must be a non-negative integer, got " .. tostring(spec.gpu_bytes))
  end
  for k, o in pairs(spec.outputs or {}) do
    if not OUTPUT_FIELDS[k] then
      spec_error(spec, fmt("outputs: unknown pool '%s' (pools: disk, gpu)", tostring(k)))
    end
    if type(o) ~= "boolean" then
      spec_error(spec, fmt("outputs.%s must be a boolean, got %s", k, type(o)))
    end
  end
  if not registering then
    error("kiln.artifact: cache types are declared in a script loaded with rt:load(path), "
      .. "so that every worker state can load the same file", 2)
  end
  for _, s in ipairs(registering) do
    if s.name == spec.name then spec_error(spec, "declared twice in the same script") end
  end
  registering[#registering + 1] = spec
  return spec
end

-- Runs a script's source, returning the specs it declared. Raises with
-- file:line on syntax or runtime errors.
local function run_script(src, path)
  local chunk, err = loadstring(src, "@" .. path)
  if not chunk then error(err, 0) end
  registering = {}
  -- The message alone: it names the script's file and line, and a
  -- traceback would mostly show kiln's own loader.
  local ok, e = xpcall(chunk, tostring)
  local specs = registering
  registering = nil
  if not ok then error(e, 0) end
  return specs
end

K.run_script = run_script

-- What must match between the main state and worker states for a type:
-- name, version, outputs, timeout and reservation (a function: its kind).
function K.spec_signature(spec)
  local o = spec.outputs or {}
  local g = spec.gpu_bytes
  return fmt("%s version %d%s%s%s%s", spec.name, spec.version or 1, o.disk and " disk" or "",
    o.gpu and " gpu" or "", spec.timeout_ms and (" timeout_ms " .. spec.timeout_ms) or "",
    g == nil and "" or type(g) == "function" and " gpu_bytes fn" or (" gpu_bytes " .. g))
end
