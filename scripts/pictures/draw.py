"""Draw the step pictures of the built-in routines as SVG (pictures/svg/).

One pictogram figure, seen from the side (or the front where the movement is sideways),
built from joint angles so every pose keeps the body's proportions: a pose gives the
hip's place, the trunk's lean and each limb's angles. The figure is dark teal, its far
limbs lighter; the other end of the movement is a faint "ghost"; an orange arrow shows
the way; props (chair, desk, wall, floor, cushion) are slate. Every picture sits on its
own light rounded tile, so it reads the same on a light and a dark dashboard.

Angles are degrees from straight down, positive towards where the person faces (+x);
the trunk's is its lean forward from upright. Run ``render.py`` afterwards (or
``scripts/pictures/render.py --draw``) to get the PNGs Home Assistant serves.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from math import cos, radians, sin
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parents[1] / "pictures" / "svg"

SIZE = 240
TILE = "#F0FDFA"
BODY = "#0F766E"
FAR = "#5FA8A0"
PROP = "#94A3B8"
ARROW = "#EA580C"
FOCUS = "#F59E0B"

TRUNK, NECK, HEAD = 56.0, 15.0, 12.0
THIGH, SHIN, FOOT = 44.0, 42.0, 13.0
UPPER, FORE = 29.0, 27.0
LIMB, TRUNK_W = 11.0, 15.0

Point = tuple[float, float]


def towards(start: Point, angle: float, length: float) -> Point:
    """Return the point ``length`` from ``start`` at ``angle`` (0 down, 90 forward)."""
    a = radians(angle)
    return start[0] + sin(a) * length, start[1] + cos(a) * length


@dataclass(frozen=True)
class Leg:
    """A leg: thigh and shin angles, and the foot's (90: flat, pointing forward)."""

    thigh: float = 0.0
    shin: float = 0.0
    foot: float = 90.0


@dataclass(frozen=True)
class Arm:
    """An arm: upper arm and forearm angles."""

    upper: float = 0.0
    fore: float = 0.0


@dataclass(frozen=True)
class Pose:
    """Where the hip is, how the trunk leans and the head tilts, and the limbs."""

    hip: Point
    lean: float = 0.0  # trunk: 0 upright, 90 lying face down forward, -90 on the back
    head: float = 0.0  # head tilt against the trunk: + chin down, - looking up
    near_leg: Leg = field(default_factory=Leg)
    far_leg: Leg = field(default_factory=Leg)
    near_arm: Arm = field(default_factory=Arm)
    far_arm: Arm = field(default_factory=Arm)

    def joints(self) -> dict[str, Point]:
        """Return the joints of this pose."""
        hip = self.hip
        neck = towards(hip, 180 - self.lean, TRUNK)
        head = towards(neck, 180 - self.lean - self.head, NECK + HEAD - 3)
        out = {"hip": hip, "neck": neck, "head": head}
        for side, leg in (("near", self.near_leg), ("far", self.far_leg)):
            knee = towards(hip, leg.thigh, THIGH)
            ankle = towards(knee, leg.shin, SHIN)
            out |= {
                f"{side}_knee": knee,
                f"{side}_ankle": ankle,
                f"{side}_toe": towards(ankle, leg.foot, FOOT),
            }
        shoulder = towards(neck, -self.lean, 6)  # a little below the neck
        out["shoulder"] = shoulder
        for side, arm in (("near", self.near_arm), ("far", self.far_arm)):
            elbow = towards(shoulder, arm.upper, UPPER)
            out |= {
                f"{side}_elbow": elbow,
                f"{side}_hand": towards(elbow, arm.fore, FORE),
            }
        return out


@dataclass(frozen=True)
class FrontPose:
    """A figure seen from the front: for sideways movements."""

    hip: Point
    left_leg: float = 0.0  # angle out from straight down (+: to the figure's side)
    right_leg: float = 0.0
    arms_out: float = 20.0


def polyline(points: list[Point], colour: str, width: float, opacity: float) -> str:
    """Return a thick rounded line through ``points``."""
    path = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
    return (
        f'<polyline points="{path}" fill="none" stroke="{colour}" '
        f'stroke-width="{width}" stroke-linecap="round" stroke-linejoin="round" '
        f'opacity="{opacity}"/>'
    )


def figure(pose: Pose, opacity: float = 1.0) -> str:
    """Return the SVG of one figure (far limbs first)."""
    j = pose.joints()
    far = FAR if opacity == 1.0 else BODY
    parts = [
        polyline(
            [j["hip"], j["far_knee"], j["far_ankle"], j["far_toe"]], far, LIMB, opacity
        ),
        polyline([j["shoulder"], j["far_elbow"], j["far_hand"]], far, LIMB, opacity),
        polyline([j["hip"], j["neck"]], BODY, TRUNK_W, opacity),
        (
            f'<circle cx="{j["head"][0]:.1f}" cy="{j["head"][1]:.1f}" r="{HEAD}" '
            f'fill="{BODY}" opacity="{opacity}"/>'
        ),
        polyline(
            [j["hip"], j["near_knee"], j["near_ankle"], j["near_toe"]],
            BODY,
            LIMB,
            opacity,
        ),
        polyline([j["shoulder"], j["near_elbow"], j["near_hand"]], BODY, LIMB, opacity),
    ]
    return "\n".join(parts)


def front_figure(pose: FrontPose, opacity: float = 1.0, legs: bool = True) -> str:
    """Return a figure seen from the front."""
    hx, hy = pose.hip
    neck = (hx, hy - TRUNK)
    head = (hx, hy - TRUNK - NECK - HEAD + 3)
    parts = [
        polyline([(hx - 9, hy), neck, (hx + 9, hy)], BODY, TRUNK_W, opacity),
        (
            f'<circle cx="{head[0]:.1f}" cy="{head[1]:.1f}" r="{HEAD}" fill="{BODY}" '
            f'opacity="{opacity}"/>'
        ),
    ]
    shoulder_l, shoulder_r = (hx - 13, hy - TRUNK + 8), (hx + 13, hy - TRUNK + 8)
    parts += [
        polyline(
            [shoulder_l, towards(shoulder_l, -pose.arms_out, UPPER + FORE)],
            BODY,
            LIMB,
            opacity,
        ),
        polyline(
            [shoulder_r, towards(shoulder_r, pose.arms_out, UPPER + FORE)],
            BODY,
            LIMB,
            opacity,
        ),
    ]
    if legs:
        for x, angle in ((hx - 8, -pose.left_leg), (hx + 8, pose.right_leg)):
            ankle = towards((x, hy), angle, THIGH + SHIN)
            parts.append(polyline([(x, hy), ankle], BODY, LIMB + 1, opacity))
    return "\n".join(parts)


def arrow(points: list[Point]) -> str:
    """A curved arrow through three points (start, bend, end), head at the end."""
    (x0, y0), (x1, y1), (x2, y2) = points
    return (
        f'<path d="M{x0:.1f},{y0:.1f} Q{x1:.1f},{y1:.1f} {x2:.1f},{y2:.1f}" '
        f'fill="none" stroke="{ARROW}" stroke-width="5" stroke-linecap="round" '
        'marker-end="url(#head)"/>'
    )


def floor(y: float = 214) -> str:
    """Return the floor line."""
    return f'<line x1="14" y1="{y}" x2="226" y2="{y}" stroke="{PROP}" stroke-width="4" stroke-linecap="round"/>'


def chair(x: float, seat_y: float = 152, facing: int = 1) -> str:
    """A side-view chair whose seat front edge is at ``x``; the back behind it."""
    back = x - facing * 46
    return "\n".join(
        [
            (
                f'<path d="M{x},{seat_y} L{back},{seat_y} L{back - facing * 4},{seat_y - 58}" '
                f'fill="none" stroke="{PROP}" stroke-width="7" stroke-linecap="round" stroke-linejoin="round"/>'
            ),
            f'<line x1="{x - facing * 4}" y1="{seat_y}" x2="{x - facing * 4}" y2="214" stroke="{PROP}" stroke-width="5"/>',
            f'<line x1="{back + facing * 2}" y1="{seat_y}" x2="{back + facing * 2}" y2="214" stroke="{PROP}" stroke-width="5"/>',
        ]
    )


def desk(x0: float, x1: float, top: float = 120) -> str:
    """Return a desk top from ``x0`` to ``x1`` with a leg."""
    return "\n".join(
        [
            f'<line x1="{x0}" y1="{top}" x2="{x1}" y2="{top}" stroke="{PROP}" stroke-width="7" stroke-linecap="round"/>',
            f'<line x1="{x1 - 6}" y1="{top}" x2="{x1 - 6}" y2="214" stroke="{PROP}" stroke-width="5"/>',
        ]
    )


def screen(x: float, top: float = 120) -> str:
    """Return a screen standing on the desk at ``x``."""
    return (
        f'<rect x="{x}" y="{top - 44}" width="8" height="36" rx="2" fill="{PROP}"/>'
        f'<line x1="{x + 4}" y1="{top - 8}" x2="{x + 4}" y2="{top}" stroke="{PROP}" stroke-width="4"/>'
    )


def wall(x: float) -> str:
    """Return a wall at ``x``."""
    return f'<line x1="{x}" y1="30" x2="{x}" y2="214" stroke="{PROP}" stroke-width="6" stroke-linecap="round"/>'


def cushion(x: float, width: float = 30) -> str:
    """Return a cushion on the floor at ``x``."""
    return f'<rect x="{x - width / 2}" y="204" width="{width}" height="10" rx="5" fill="{PROP}"/>'


def focus(point: Point, radius: float = 13) -> str:
    """A ring on the body part that works."""
    return (
        f'<circle cx="{point[0]:.1f}" cy="{point[1]:.1f}" r="{radius}" fill="none" '
        f'stroke="{FOCUS}" stroke-width="4" stroke-dasharray="6 4"/>'
    )


def svg(*parts: str) -> str:
    """Return a picture: the tile, the arrow head, and ``parts``."""
    body = "\n".join(parts)
    return f"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {SIZE} {SIZE}" width="{SIZE}" height="{SIZE}">
<defs><marker id="head" viewBox="0 0 10 10" refX="5" refY="5" markerWidth="4" markerHeight="4" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="{ARROW}"/></marker></defs>
<rect x="4" y="4" width="{SIZE - 8}" height="{SIZE - 8}" rx="28" fill="{TILE}"/>
{body}
</svg>
"""


# -- the poses ------------------------------------------------------------------------

GROUND = 214.0
STAND_HIP = (120.0, GROUND - THIGH - SHIN - 4)  # standing: hip above the ankles
STANDING = Pose(
    STAND_HIP,
    near_leg=Leg(0, 0),
    far_leg=Leg(-3, -3),
    near_arm=Arm(8, 12),
    far_arm=Arm(-6, -4),
)
SEAT_Y = 152.0


def seated(x: float, **changes: object) -> Pose:
    """Sitting tall on a chair seat at height ``SEAT_Y``: thighs level, shins down."""
    base = Pose(
        (x, SEAT_Y - 8),
        near_leg=Leg(90, 0),
        far_leg=Leg(88, -2),
        near_arm=Arm(20, 80),
        far_arm=Arm(16, 76),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def lying(x: float, **changes: object) -> Pose:
    """On the back, head to the left: the trunk lies along the floor."""
    base = Pose((x, GROUND - 9), lean=-90)
    return replace(base, **changes)  # type: ignore[arg-type]


def clam(*, open_knee: bool, opacity: float = 1.0) -> str:
    """Return side-lying seen from the front, like a clamshell.

    The thighs come towards the viewer (short), the heels stay together behind, and
    the top knee opens upwards.
    """
    hip = (116.0, GROUND - 14)
    neck = (hip[0] - TRUNK, GROUND - 16)
    head = (neck[0] - 10, GROUND - 40)
    elbow = (neck[0] + 2, GROUND - 6)
    heels = (hip[0] + 4, GROUND - 8)
    low_knee = (hip[0] + 40, GROUND - 8)
    top_knee = (hip[0] + 34, GROUND - 52) if open_knee else (hip[0] + 40, GROUND - 20)
    far = FAR if opacity == 1.0 else BODY
    return "\n".join(
        [
            polyline([hip, low_knee, heels], far, LIMB, opacity),
            polyline([hip, neck], BODY, TRUNK_W, opacity),
            polyline([neck, elbow, (elbow[0] - 6, head[1] + 8)], far, LIMB, opacity),
            (
                f'<circle cx="{head[0]:.1f}" cy="{head[1]:.1f}" r="{HEAD}" fill="{BODY}" '
                f'opacity="{opacity}"/>'
            ),
            polyline([hip, top_knee, heels], BODY, LIMB, opacity),
            polyline(
                [(neck[0] + 8, neck[1] - 2), (hip[0] - 6, hip[1] - 22)],
                BODY,
                LIMB,
                opacity,
            ),
        ]
    )


def pictures() -> dict[str, str]:
    """Return every picture's SVG by step id (and ``idle``)."""
    out: dict[str, str] = {}
    # -- desk break
    out["stand_up"] = svg(
        floor(),
        chair(96),
        figure(seated(82), 0.3),
        figure(replace(STANDING, hip=(150.0, STAND_HIP[1]))),
        arrow([(92, 128), (104, 88), (132, 80)]),
    )
    out["walk"] = svg(
        floor(),
        figure(
            Pose(
                (112.0, STAND_HIP[1] + 3),
                lean=4,
                near_leg=Leg(24, 4, 80),
                far_leg=Leg(-20, -34, 70),
                near_arm=Arm(-22, -10),
                far_arm=Arm(24, 40),
            )
        ),
        arrow([(150, 196), (178, 190), (206, 196)]),
    )
    hold_desk = Arm(45, 70)
    out["leg_swings"] = svg(
        floor(),
        desk(150, 226),
        figure(
            Pose(
                (116.0, STAND_HIP[1]),
                near_leg=Leg(-34, -30),
                far_leg=Leg(0, 0),
                near_arm=hold_desk,
                far_arm=Arm(30, 60),
            ),
            0.3,
        ),
        figure(
            Pose(
                (116.0, STAND_HIP[1]),
                near_leg=Leg(42, 36),
                far_leg=Leg(0, 0),
                near_arm=hold_desk,
                far_arm=Arm(30, 60),
            )
        ),
        arrow([(88, 190), (120, 214), (160, 186)]),
    )
    out["hip_hinge"] = svg(
        floor(),
        figure(replace(STANDING, near_arm=Arm(-30, 40), far_arm=Arm(-34, 36)), 0.3),
        figure(
            Pose(
                (104.0, STAND_HIP[1] + 6),
                lean=52,
                near_leg=Leg(14, -6),
                far_leg=Leg(12, -8),
                near_arm=Arm(-48, 30),
                far_arm=Arm(-52, 26),
            )
        ),
        arrow([(84, 118), (70, 118), (62, 132)]),
    )
    out["front_leg_swings"] = svg(
        floor(),
        wall(200),
        figure(
            Pose(
                (120.0, STAND_HIP[1]),
                near_leg=Leg(-38, -34),
                near_arm=Arm(60, 90),
                far_arm=Arm(56, 86),
            ),
            0.3,
        ),
        figure(
            Pose(
                (120.0, STAND_HIP[1]),
                near_leg=Leg(50, 44),
                near_arm=Arm(60, 90),
                far_arm=Arm(56, 86),
            )
        ),
        arrow([(92, 192), (124, 218), (168, 180)]),
    )
    front_hip = (120.0, STAND_HIP[1])
    out["side_leg_swings"] = svg(
        floor(),
        desk(40, 200, 104),
        front_figure(FrontPose(front_hip, left_leg=0, right_leg=-22, arms_out=60), 0.3),
        front_figure(FrontPose(front_hip, left_leg=0, right_leg=34, arms_out=60)),
        arrow([(108, 206), (140, 220), (172, 196)]),
    )
    out["walking_lunges"] = svg(
        floor(),
        figure(
            Pose(
                (112.0, GROUND - 64),
                lean=2,
                near_leg=Leg(84, 0, 90),
                far_leg=Leg(-24, -100, -20),
                near_arm=Arm(6, 14),
                far_arm=Arm(-6, -2),
            )
        ),
        arrow([(150, 70), (176, 58), (204, 70)]),
    )
    out["romanian_deadlift"] = svg(
        floor(),
        figure(replace(STANDING, near_arm=Arm(4, 4), far_arm=Arm(2, 2)), 0.3),
        figure(
            Pose(
                (100.0, STAND_HIP[1] + 5),
                lean=58,
                near_leg=Leg(12, -6),
                far_leg=Leg(10, -8),
                near_arm=Arm(8, 8),
                far_arm=Arm(6, 6),
            )
        ),
        arrow([(80, 112), (66, 112), (60, 128)]),
    )
    bridge_hip = (108.0, GROUND - 30)
    out["glute_bridge"] = svg(
        floor(),
        figure(
            lying(
                104,
                near_leg=Leg(135, 18, 90),
                far_leg=Leg(133, 16, 90),
                near_arm=Arm(90, 90),
                far_arm=Arm(88, 88),
            ),
            0.3,
        ),
        figure(
            Pose(
                bridge_hip,
                lean=-112,
                near_leg=Leg(112, 12, 90),
                far_leg=Leg(110, 10, 90),
                near_arm=Arm(88, 92),
                far_arm=Arm(86, 90),
            )
        ),
        focus(bridge_hip, 14),
        arrow([(108, 168), (100, 150), (108, 134)]),
    )
    out["plank"] = svg(
        floor(),
        figure(
            Pose(
                (118.0, GROUND - 25),
                lean=80,
                near_leg=Leg(-80, -80, 0),
                far_leg=Leg(-81, -81, 0),
                near_arm=Arm(0, 90),
                far_arm=Arm(-2, 88),
            )
        ),
        focus((118.0, GROUND - 28), 13),
    )
    out["clamshell"] = svg(
        floor(),
        clam(open_knee=False, opacity=0.3),
        clam(open_knee=True),
        arrow([(168, 150), (184, 134), (182, 114)]),
    )
    out["dead_bug"] = svg(
        floor(),
        figure(
            lying(
                120,
                near_leg=Leg(180, 90, 180),
                far_leg=Leg(178, 88, 178),
                near_arm=Arm(180, 180),
                far_arm=Arm(178, 178),
            ),
            0.3,
        ),
        figure(
            lying(
                120,
                near_leg=Leg(98, 98, 170),
                far_leg=Leg(178, 88, 178),
                near_arm=Arm(180, 180),
                far_arm=Arm(-100, -100),
            )
        ),
        arrow([(196, 150), (212, 176), (196, 192)]),
        arrow([(40, 150), (26, 170), (34, 190)]),
    )
    # -- nerve glides
    out["seated_slump_glide"] = svg(
        floor(),
        chair(110),
        figure(seated(96, head=20), 0.3),
        figure(seated(96, head=-22, near_leg=Leg(88, 80, 170))),
        arrow([(150, 208), (182, 196), (196, 164)]),
    )
    out["seated_ankle_slider"] = svg(
        floor(),
        chair(110),
        figure(seated(96, near_leg=Leg(90, 20, 160)), 0.3),
        figure(seated(96, near_leg=Leg(88, 84, 20))),
        arrow([(150, 208), (182, 196), (196, 164)]),
    )
    out["supine_slider"] = svg(
        floor(),
        figure(
            lying(
                126,
                head=20,
                near_leg=Leg(178, 90, 180),
                far_leg=Leg(92, 92, 180),
                near_arm=Arm(125, 135),
                far_arm=Arm(121, 131),
            ),
            0.3,
        ),
        figure(
            lying(
                126,
                head=-16,
                near_leg=Leg(178, 176, 100),
                far_leg=Leg(92, 92, 180),
                near_arm=Arm(125, 135),
                far_arm=Arm(121, 131),
            )
        ),
        arrow([(166, 118), (192, 80), (166, 54)]),
    )
    # -- posture reset
    wall_hip = (70.0, STAND_HIP[1])
    out["pelvic_tilts"] = svg(
        floor(),
        wall(50),
        figure(
            Pose(
                wall_hip,
                lean=-4,
                near_leg=Leg(10, -2),
                far_leg=Leg(8, -4),
                near_arm=Arm(2, 4),
                far_arm=Arm(-2, 0),
            )
        ),
        focus((wall_hip[0] - 2, wall_hip[1] - 14), 15),
        arrow([(98, 118), (104, 142), (88, 160)]),
    )
    out["standing_glute_squeeze"] = svg(
        floor(),
        figure(STANDING),
        focus((STAND_HIP[0] - 6, STAND_HIP[1] - 2), 15),
    )
    kneel_hip = (118.0, GROUND - 48)
    out["hip_flexor_mobility"] = svg(
        floor(),
        cushion(112, 36),
        figure(
            Pose(
                (112.0, GROUND - 48),
                near_leg=Leg(86, 0, 90),
                far_leg=Leg(0, -90, -90),
                near_arm=Arm(12, 20),
                far_arm=Arm(8, 16),
            ),
            0.3,
        ),
        figure(
            Pose(
                kneel_hip,
                lean=-4,
                near_leg=Leg(76, -12, 90),
                far_leg=Leg(-16, -90, -90),
                near_arm=Arm(12, 20),
                far_arm=Arm(8, 16),
            )
        ),
        focus((kneel_hip[0] + 4, kneel_hip[1] + 4), 13),
        arrow([(100, 52), (126, 40), (152, 52)]),
    )
    out["posture_check"] = svg(
        floor(),
        chair(110),
        desk(150, 226),
        screen(196),
        figure(seated(96, near_arm=Arm(40, 96), far_arm=Arm(36, 92))),
        f'<line x1="96" y1="40" x2="96" y2="148" stroke="{ARROW}" stroke-width="3" stroke-dasharray="6 5"/>',
    )
    out["idle"] = svg(
        floor(),
        chair(96),
        figure(replace(STANDING, hip=(150.0, STAND_HIP[1]))),
    )
    return out


def main() -> None:
    """Write every picture's SVG."""
    OUT.mkdir(parents=True, exist_ok=True)
    for name, text in pictures().items():
        (OUT / f"{name}.svg").write_text(text, encoding="utf-8")
        print(OUT / f"{name}.svg")


if __name__ == "__main__":
    main()
