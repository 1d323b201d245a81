// fer4j live page: camera frames -> /v1/stream, boxes, labels, timeline, attention and change events.
// No build step and no external scripts: everything here is served by the fer4j jar.
"use strict";

const FRAME_WIDTH = 320;          // frames are downscaled to this width before sending
const FRAME_INTERVAL_MS = 100;    // 10 frames per second at most
const TIMELINE_LENGTH = 120;      // frames kept in the rolling chart
const BOX_COLOR = "#00ff00";
const COLORS = { angry: "#e53935", disgust: "#8e24aa", fear: "#5e35b1", happy: "#fdd835",
                 sad: "#1e88e5", surprise: "#fb8c00", neutral: "#9e9e9e", contempt: "#6d4c41" };

// State the page exposes (also read by the end-to-end test).
const fer = window.fer = { frames: 0, faces: [], label: null, changes: 0, frameWidth: 0, frameHeight: 0, errors: [] };

const video = document.getElementById("camera");
const view = document.getElementById("view");
const viewCtx = view.getContext("2d");
const grab = document.createElement("canvas");
const grabCtx = grab.getContext("2d");
const status = document.getElementById("status");
const history = [];
let socket = null;
let inFlight = false;

function setStatus(text) { status.textContent = text; }

async function startCamera() {
  const stream = await navigator.mediaDevices.getUserMedia({ video: { width: 640, height: 480 }, audio: false });
  video.srcObject = stream;
  await video.play();
}

function openSocket() {
  const scheme = location.protocol === "https:" ? "wss:" : "ws:";
  socket = new WebSocket(scheme + "//" + location.host + "/v1/stream");
  socket.binaryType = "arraybuffer";
  socket.onopen = () => setStatus("connected; sending " + FRAME_WIDTH + " px frames");
  socket.onclose = (e) => setStatus("disconnected (" + e.code + (e.reason ? ": " + e.reason : "") + ")");
  socket.onmessage = (e) => onMessage(JSON.parse(e.data));
}

function onMessage(msg) {
  if (msg.type === "frame") {
    inFlight = false;
    fer.frames++;
    fer.faces = msg.faces;
    fer.frameWidth = msg.width;
    fer.frameHeight = msg.height;
    fer.label = msg.faces.length ? msg.faces[0].emotion : fer.label;
    if (msg.faces.length) { pushHistory(msg.faces[0].scores); }
    drawAttention(msg.attention);
    setStatus("frame " + msg.frame + ": " + msg.faces.length + (msg.faces.length === 1 ? " face" : " faces"));
  } else if (msg.type === "change") {
    fer.changes++;
    addEvent("track " + msg.track + ": " + (msg.from || "(start)") + " \u2192 " + msg.to + " at frame " + msg.frame);
  } else if (msg.type === "dropped" || msg.type === "error") {
    inFlight = false;
    if (msg.type === "error") { fer.errors.push(msg.error); setStatus(msg.error); }
  }
}

function addEvent(text) {
  const list = document.getElementById("events");
  const item = document.createElement("li");
  item.textContent = text;
  list.insertBefore(item, list.firstChild);
  while (list.children.length > 10) { list.removeChild(list.lastChild); }
}

function sendFrame() {
  if (!socket || socket.readyState !== WebSocket.OPEN || inFlight || !video.videoWidth) { return; }
  grab.width = FRAME_WIDTH;
  grab.height = Math.round(FRAME_WIDTH * video.videoHeight / video.videoWidth);
  grabCtx.drawImage(video, 0, 0, grab.width, grab.height);
  inFlight = true;
  grab.toBlob((blob) => blob.arrayBuffer().then((bytes) => socket.send(bytes)), "image/jpeg", 0.8);
}

function draw() {
  if (video.videoWidth) {
    viewCtx.drawImage(video, 0, 0, view.width, view.height);
  }
  const sx = fer.frameWidth ? view.width / fer.frameWidth : 1;
  const sy = fer.frameHeight ? view.height / fer.frameHeight : 1;
  viewCtx.lineWidth = 4;
  viewCtx.font = "bold 20px sans-serif";
  for (const face of fer.faces) {
    const [x, y, w, h] = [face.box[0] * sx, face.box[1] * sy, face.box[2] * sx, face.box[3] * sy];
    viewCtx.strokeStyle = BOX_COLOR;
    viewCtx.strokeRect(x, y, w, h);
    const label = face.emotion + " " + Math.round(100 * face.scores[face.emotion]) + "%";
    viewCtx.fillStyle = "rgba(0,0,0,0.6)";
    viewCtx.fillRect(x, Math.max(0, y - 26), viewCtx.measureText(label).width + 8, 24);
    viewCtx.fillStyle = BOX_COLOR;
    viewCtx.fillText(label, x + 4, Math.max(20, y - 7));
  }
  drawTimeline();
  requestAnimationFrame(draw);
}

function pushHistory(scores) {
  history.push(scores);
  while (history.length > TIMELINE_LENGTH) { history.shift(); }
}

function drawTimeline() {
  const canvas = document.getElementById("timeline");
  const ctx = canvas.getContext("2d");
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  if (!history.length) { return; }
  const labels = Object.keys(history[history.length - 1]);
  const dx = canvas.width / (TIMELINE_LENGTH - 1);
  ctx.lineWidth = 2;
  for (const label of labels) {
    ctx.strokeStyle = COLORS[label] || "#ffffff";
    ctx.beginPath();
    history.forEach((scores, i) => {
      const y = canvas.height - 4 - (canvas.height - 8) * (scores[label] || 0);
      if (i === 0) { ctx.moveTo(i * dx, y); } else { ctx.lineTo(i * dx, y); }
    });
    ctx.stroke();
  }
  const legend = document.getElementById("legend");
  if (!legend.children.length) {
    for (const label of labels) {
      const span = document.createElement("span");
      span.style.color = COLORS[label] || "#ffffff";
      span.textContent = "\u25A0 " + label;
      legend.appendChild(span);
    }
  }
}

function drawAttention(attention) {
  const box = document.getElementById("attentionBox");
  if (!attention) { return; }
  box.hidden = false;
  const canvas = document.getElementById("attention");
  const ctx = canvas.getContext("2d");
  const max = Math.max(...attention.weights, 1e-9);
  const cell = canvas.width / attention.side;
  attention.weights.forEach((w, i) => {
    const v = Math.round(255 * w / max);
    ctx.fillStyle = "rgb(" + v + "," + Math.round(v * 0.4) + "," + (255 - v) + ")";
    ctx.fillRect((i % attention.side) * cell, Math.floor(i / attention.side) * cell, cell, cell);
  });
}

startCamera()
  .then(() => { openSocket(); setInterval(sendFrame, FRAME_INTERVAL_MS); requestAnimationFrame(draw); })
  .catch((e) => { fer.errors.push(String(e)); setStatus("no camera: " + e); });
