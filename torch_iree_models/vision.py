"""Convolutional architectures: a plain CNN, ResNet and MobileNetV2 blocks, decoders with
transposed convolutions and upsampling, and the pooling variants."""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn


def cnn_batchnorm() -> nn.Module:
    return nn.Sequential(
        nn.Conv2d(3, 16, 3, padding=1),
        nn.BatchNorm2d(16),
        nn.ReLU(),
        nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, stride=2, padding=1),
        nn.BatchNorm2d(32),
        nn.ReLU(),
        nn.AdaptiveAvgPool2d(1),
        nn.Flatten(),
        nn.Linear(32, 10),
    )


class BasicBlock(nn.Module):
    """ResNet's basic block; a strided block gets a 1x1 projection shortcut."""

    def __init__(self, cin: int, cout: int, stride: int = 1) -> None:
        super().__init__()
        self.conv1 = nn.Conv2d(cin, cout, 3, stride=stride, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(cout)
        self.conv2 = nn.Conv2d(cout, cout, 3, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(cout)
        self.shortcut: nn.Module = nn.Identity()
        if stride != 1 or cin != cout:
            self.shortcut = nn.Sequential(
                nn.Conv2d(cin, cout, 1, stride=stride, bias=False), nn.BatchNorm2d(cout)
            )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out = F.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        return F.relu(out + self.shortcut(x))


def resnet() -> nn.Module:
    return nn.Sequential(
        nn.Conv2d(3, 16, 3, padding=1, bias=False),
        nn.BatchNorm2d(16),
        nn.ReLU(),
        BasicBlock(16, 16),
        BasicBlock(16, 32, stride=2),
        BasicBlock(32, 32),
        nn.AdaptiveAvgPool2d(1),
        nn.Flatten(),
        nn.Linear(32, 10),
    )


class InvertedResidual(nn.Module):
    """MobileNetV2's block: 1x1 expand, 3x3 depthwise, 1x1 project, residual when shapes allow."""

    def __init__(self, cin: int, cout: int, stride: int, expand: int) -> None:
        super().__init__()
        hidden = cin * expand
        self.use_residual = stride == 1 and cin == cout
        self.block = nn.Sequential(
            nn.Conv2d(cin, hidden, 1, bias=False),
            nn.BatchNorm2d(hidden),
            nn.ReLU6(),
            nn.Conv2d(hidden, hidden, 3, stride=stride, padding=1, groups=hidden, bias=False),
            nn.BatchNorm2d(hidden),
            nn.Hardswish(),
            nn.Conv2d(hidden, cout, 1, bias=False),
            nn.BatchNorm2d(cout),
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out = self.block(x)
        return x + out if self.use_residual else out


def depthwise_separable() -> nn.Module:
    return nn.Sequential(
        nn.Conv2d(3, 16, 3, stride=2, padding=1, bias=False),
        nn.BatchNorm2d(16),
        nn.ReLU6(),
        InvertedResidual(16, 16, 1, 2),
        InvertedResidual(16, 24, 2, 4),
        InvertedResidual(24, 24, 1, 4),
        nn.AdaptiveAvgPool2d(1),
        nn.Flatten(),
        nn.Linear(24, 10),
    )


class UpsampleDecoder(nn.Module):
    """A segmentation-style decoder: transposed convs (with output padding) and nearest upsampling."""

    def __init__(self) -> None:
        super().__init__()
        self.deconv1 = nn.ConvTranspose2d(16, 8, 4, stride=2, padding=1)
        self.deconv2 = nn.ConvTranspose2d(8, 8, 3, stride=2, padding=1, output_padding=1)
        self.up_nearest = nn.Upsample(scale_factor=4, mode="nearest")
        self.head = nn.Conv2d(16, 3, 3, padding=1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        a = self.deconv2(F.relu(self.deconv1(x)))  # 4x4 → 16x16
        b = self.up_nearest(x[:, :8])  # 4x4 → 16x16
        return torch.sigmoid(self.head(torch.cat([a, b], dim=1)))


class BilinearUpsample(nn.Module):
    """Bilinear upsampling (FPN / U-Net style skip merge)."""

    def __init__(self) -> None:
        super().__init__()
        self.lateral = nn.Conv2d(8, 8, 1)
        self.up = nn.Upsample(scale_factor=2, mode="bilinear", align_corners=False)

    def forward(self, coarse: torch.Tensor) -> torch.Tensor:
        return self.up(self.lateral(coarse))


class Pooling(nn.Module):
    """Max/avg pooling variants (padding, ceil mode, count_include_pad, adaptive, 1-d)."""

    def __init__(self) -> None:
        super().__init__()
        self.conv = nn.Conv2d(4, 8, 3, padding=1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.conv(x)
        parts = [
            F.max_pool2d(x, 3, stride=2, padding=1),
            F.avg_pool2d(x, 2, ceil_mode=True),
            F.avg_pool2d(x, 3, stride=2, padding=1, count_include_pad=False),
            F.adaptive_avg_pool2d(x, (3, 3)),
            F.adaptive_max_pool2d(x, (2, 2)),
            F.max_pool1d(x.flatten(2), 4),
            F.avg_pool1d(x.flatten(2), 4),
        ]
        return torch.cat([p.flatten(1) for p in parts], dim=1)
