'use strict';
// The page: records strokes on the canvas (points from 0 to 1 across it), sends them to the public
// API's POST predict (a path relative to the page, so the page works on any stage) and draws the answer.
const pad = document.getElementById('pad');
const ink = pad.getContext('2d');
const strokes = [];
let drawing = false;

function pointOf(event) {
  const box = pad.getBoundingClientRect();
  return [Math.min(1, Math.max(0, (event.clientX - box.left) / box.width)), Math.min(1, Math.max(0, (event.clientY - box.top) / box.height))];
}

pad.addEventListener('pointerdown', (event) => {
  drawing = true;
  pad.setPointerCapture(event.pointerId);
  strokes.push([pointOf(event)]);
});
pad.addEventListener('pointermove', (event) => {
  if (!drawing) return;
  const stroke = strokes[strokes.length - 1];
  const [x0, y0] = stroke[stroke.length - 1];
  const [x1, y1] = pointOf(event);
  stroke.push([x1, y1]);
  ink.lineWidth = 18;
  ink.lineCap = 'round';
  ink.beginPath();
  ink.moveTo(x0 * pad.width, y0 * pad.height);
  ink.lineTo(x1 * pad.width, y1 * pad.height);
  ink.stroke();
});
pad.addEventListener('pointerup', () => (drawing = false));

document.getElementById('clear').addEventListener('click', () => {
  strokes.length = 0;
  ink.clearRect(0, 0, pad.width, pad.height);
  document.getElementById('digit').textContent = '?';
  document.getElementById('chart').replaceChildren();
  document.getElementById('error').textContent = '';
});

document.getElementById('predict').addEventListener('click', async () => {
  const error = document.getElementById('error');
  error.textContent = '';
  if (!strokes.length) {
    error.textContent = 'Draw a digit first.';
    return;
  }
  try {
    const response = await fetch('predict', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ strokes }),
    });
    const answer = await response.json();
    if (!response.ok) throw new Error(answer.message || `the API answered ${response.status}`);
    showAnswer(answer);
  } catch (failure) {
    error.textContent = `No answer: ${failure.message}`;
  }
});

function showAnswer({ digit, probabilities }) {
  document.getElementById('digit').textContent = String(digit);
  const chart = document.getElementById('chart');
  chart.replaceChildren(
    ...probabilities.map((p, d) => {
      const item = document.createElement('li');
      item.dataset.digit = String(d);
      const label = document.createElement('span');
      label.textContent = String(d);
      const bar = document.createElement('span');
      bar.className = 'bar';
      bar.style.width = `${(p * 100).toFixed(1)}%`;
      const value = document.createElement('span');
      value.className = 'value';
      value.textContent = p.toFixed(3);
      item.append(label, bar, value);
      return item;
    }),
  );
}
