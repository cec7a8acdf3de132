-- LÖVE 11 configuration for the kiln example (no audio: kiln needs none,
-- and a headless machine has no sound card).
function love.conf(t)
  t.identity = "kiln-love-example"
  t.window.title = "kiln in LÖVE"
  t.window.width, t.window.height = 8 * 64 + 16, 8 * 64 + 48
  t.modules.audio, t.modules.sound = false, false
end
