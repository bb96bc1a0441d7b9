<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.ui" line="7" />
        <source>AttentionLens</source>
        <translation>AttentionLens</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="28" />
        <source>Image workspace: saliency and attention maps over a picture</source>
        <translation>图像工作区：在图片上显示显著性图和注意力图</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="29" />
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="40" />
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="51" />
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="39" />
        <source>Video workspace: any image model frame by frame, the attention over time, export</source>
        <translation>视频工作区：逐帧运行任意图像模型，查看注意力随时间的变化，导出</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="50" />
        <source>Text workspace: self-attention between the words of a sentence, layer by layer and head by head</source>
        <translation>文本工作区：句子中词与词之间的自注意力，逐层、逐头查看</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="61" />
        <source>Fingerprint workspace: every step of a fingerprint analysis, matching, synthetic prints</source>
        <translation>指纹工作区：指纹分析的每一步、比对、合成指纹</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="62" />
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="77" />
        <source>&amp;View:</source>
        <translation>视图(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="83" />
        <source>How the image and the map are composed</source>
        <translation>图像与图的组合方式</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="84" />
        <source>Original</source>
        <translation>原图</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="85" />
        <source>Overlay</source>
        <translation>叠加</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="86" />
        <source>Side by side</source>
        <translation>并排</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="87" />
        <source>Map only</source>
        <translation>仅显示图</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="112" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="114" />
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="125" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="133" />
        <location filename="../../ui/MainWindow.ui" line="188" />
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="138" />
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="140" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="146" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="156" />
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="174" />
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="177" />
        <source>Open an image file (Ctrl+O)</source>
        <translation>打开图像文件（Ctrl+O）</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="180" />
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="191" />
        <source>Run the selected model on the image (Ctrl+R)</source>
        <translation>在图像上运行所选模型（Ctrl+R）</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="194" />
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="202" />
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="205" />
        <source>Stop the running model (Esc)</source>
        <translation>停止正在运行的模型（Esc）</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="208" />
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="213" />
        <source>Overlay as &amp;PNG…</source>
        <translation>叠加图导出为 &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="216" />
        <source>Save the image with the map blended over it</source>
        <translation>保存叠加了图的图像</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="221" />
        <source>&amp;Map as PNG…</source>
        <translation>图导出为 PNG(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="224" />
        <source>Save the colourised map alone</source>
        <translation>单独保存着色后的图</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="229" />
        <source>Result as &amp;JSON…</source>
        <translation>结果导出为 &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="232" />
        <source>Save the run's maps, statistics and timing as JSON</source>
        <translation>将本次运行的图、统计信息和耗时保存为 JSON</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="240" />
        <source>&amp;Plugins…</source>
        <translation>插件(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="243" />
        <source>Show the plugins that were found and why any failed</source>
        <translation>显示找到的插件以及加载失败的原因</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="248" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="251" />
        <source>Quit AttentionLens</source>
        <translation>退出 AttentionLens</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="254" />
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="262" />
        <source>&amp;Fit to window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="265" />
        <source>Scale the image to fit the view</source>
        <translation>缩放图像以适应视图</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="268" />
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="276" />
        <source>&amp;Actual size (1:1)</source>
        <translation>实际大小 (1:1)(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="279" />
        <source>Show one image pixel per screen pixel</source>
        <translation>每个屏幕像素显示一个图像像素</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="282" />
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="287" />
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="290" />
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="293" />
        <source>Ctrl++</source>
        <translation>Ctrl++</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="298" />
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="301" />
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="304" />
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="309" />
        <source>&amp;About AttentionLens</source>
        <translation>关于 AttentionLens(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="312" />
        <source>About AttentionLens</source>
        <translation>关于 AttentionLens</translation>
    </message>
</context>
<context>
    <name>al::AttentionMap</name>
    <message>
        <location filename="../../src/core/AttentionMap.cpp" line="63" />
        <source>Map '%1' has no float data (expected a non-empty single-channel 32-bit float matrix).</source>
        <translation>图“%1”没有浮点数据（需要非空的单通道 32 位浮点矩阵）。</translation>
    </message>
    <message>
        <location filename="../../src/core/AttentionMap.cpp" line="90" />
        <source>Could not compute statistics of map '%1': %2</source>
        <translation>无法计算图“%1”的统计信息：%2</translation>
    </message>
</context>
<context>
    <name>al::CbamStepsTile</name>
    <message>
        <location filename="../../src/app/explain/CbamStepsTile.cpp" line="109" />
        <source>(%1, %2): %3</source>
        <translation>(%1, %2)：%3</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/CbamStepsTile.cpp" line="110" />
        <source>channel %1 (%2, %3): %4</source>
        <translation>通道 %1 (%2, %3)：%4</translation>
    </message>
</context>
<context>
    <name>al::CbamStepsView</name>
    <message>
        <location filename="../../src/app/explain/CbamStepsView.cpp" line="118" />
        <source>%1 (%2 x %3 grid, %4 channels)</source>
        <translation>%1（%2 x %3 网格，%4 个通道）</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/CbamStepsView.cpp" line="171" />
        <source>1. Input features (after channel attention)</source>
        <translation>1. 输入特征（经过通道注意力之后）</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/CbamStepsView.cpp" line="172" />
        <source>The feature maps entering the spatial attention, one small image per channel, already scaled by the channel weights on the right.</source>
        <translation>进入空间注意力的特征图，每个通道一幅小图，已按右侧的通道权重缩放。</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/CbamStepsView.cpp" line="176" />
        <source>2. Mean over channels</source>
        <translation>2. 通道平均</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/CbamStepsView.cpp" line="177" />
        <source>At each position, the average of all channels: where there is a lot of activity overall.</source>
        <translation>每个位置上所有通道的平均值：整体活跃度高的地方。</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/CbamStepsView.cpp" line="180" />
        <source>3. Max over channels</source>
        <translation>3. 通道最大值</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/CbamStepsView.cpp" line="181" />
        <source>At each position, the strongest channel: where any single feature fires strongly.</source>
        <translation>每个位置上最强的通道：任何一个特征强烈响应的地方。</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/CbamStepsView.cpp" line="183" />
        <source>4. 7x7 convolution (logit)</source>
        <translation>4. 7x7 卷积（logit）</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/CbamStepsView.cpp" line="183" />
        <source>A learned 7x7 filter reads the two maps above and scores every position; before the sigmoid, so the ranking stays visible where the gate saturates.</source>
        <translation>一个学习得到的 7x7 滤波器读取上面两幅图，给每个位置打分；这是 sigmoid 之前的值，因此在门控饱和的地方也能看出排序。</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/CbamStepsView.cpp" line="187" />
        <source>5. Sigmoid: the spatial attention</source>
        <translation>5. Sigmoid：空间注意力</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/CbamStepsView.cpp" line="188" />
        <source>The logit squashed into [0, 1]: the gate every feature at that position is multiplied by.</source>
        <translation>把 logit 压缩到 [0, 1]：该位置上每个特征都要乘以的门控值。</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/CbamStepsView.cpp" line="190" />
        <source>6. Re-weighted features</source>
        <translation>6. 重新加权的特征</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/CbamStepsView.cpp" line="191" />
        <source>Features x gate: what the rest of the network sees. Positions with a low gate fade out.</source>
        <translation>特征 x 门控：网络后续部分看到的内容。门控值低的位置逐渐消失。</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/CbamStepsView.cpp" line="196" />
        <source>CBAM (Woo et al., ECCV 2018) first weights each channel (bar chart), then decides where to look: it pools the features over channels (mean, max), convolves the two maps and squashes the result into a gate. Hover any image for its values.</source>
        <translation>CBAM（Woo 等，ECCV 2018）先给每个通道加权（柱状图），再决定看哪里：沿通道对特征做池化（平均、最大），对这两幅图做卷积，并把结果压缩成门控。把鼠标悬停在任一图像上即可查看数值。</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/CbamStepsView.cpp" line="201" />
        <source>What if the model looked elsewhere? (interventions)</source>
        <translation>如果模型看向别处会怎样？（干预）</translation>
    </message>
</context>
<context>
    <name>al::ChannelChart</name>
    <message>
        <location filename="../../src/app/ChannelChart.cpp" line="73" />
        <source>%1: weight per channel</source>
        <translation>%1：各通道权重</translation>
    </message>
    <message>
        <location filename="../../src/app/ChannelChart.cpp" line="74" />
        <source>Channel</source>
        <translation>通道</translation>
    </message>
    <message>
        <location filename="../../src/app/ChannelChart.cpp" line="75" />
        <source>Weight</source>
        <translation>权重</translation>
    </message>
</context>
<context>
    <name>al::ClutteredDigits</name>
    <message>
        <location filename="../../src/core/ClutteredDigits.cpp" line="64" />
        <source>%1 is missing or not OpenCV's 2000x1000 digits sheet; install the Debian package opencv-doc.</source>
        <translation>%1 缺失，或不是 OpenCV 的 2000x1000 数字图表；请安装 Debian 软件包 opencv-doc。</translation>
    </message>
    <message>
        <location filename="../../src/core/ClutteredDigits.cpp" line="111" />
        <source>Sample index %1 is negative; use an index of 0 or more.</source>
        <translation>样本索引 %1 为负数；请使用 0 或更大的索引。</translation>
    </message>
</context>
<context>
    <name>al::Colormaps</name>
    <message>
        <location filename="../../src/core/Colormaps.cpp" line="178" />
        <source>Cannot colour a map of type %1: expected a non-empty single-channel 8-bit or 32-bit float matrix.</source>
        <translation>无法为类型为 %1 的图着色：需要非空的单通道 8 位或 32 位浮点矩阵。</translation>
    </message>
</context>
<context>
    <name>al::DigitDemo</name>
    <message>
        <location filename="../../src/app/kiosk/DigitDemo.cpp" line="77" />
        <source>Move the digit, watch the attention</source>
        <translation>移动数字，观察注意力</translation>
    </message>
    <message>
        <location filename="../../src/app/kiosk/DigitDemo.cpp" line="81" />
        <source>Drag a handwritten digit through the clutter and see where the network looks.</source>
        <translation>把手写数字拖过杂乱背景，看看网络在看哪里。</translation>
    </message>
    <message>
        <location filename="../../src/app/kiosk/DigitDemo.cpp" line="193" />
        <source>The network reads: %1 (%2 % sure)</source>
        <translation>网络识别为：%1（把握 %2%）</translation>
    </message>
    <message>
        <location filename="../../src/app/kiosk/DigitDemo.cpp" line="231" />
        <source>New digit</source>
        <translation>换一个数字</translation>
    </message>
    <message>
        <location filename="../../src/app/kiosk/DigitDemo.cpp" line="235" />
        <source>Drag the digit with your finger. The colours show where the network looks before it decides which digit it sees.</source>
        <translation>用手指拖动数字。颜色显示网络在判断是哪个数字之前看向哪里。</translation>
    </message>
</context>
<context>
    <name>al::DisplayPanel</name>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="110" />
        <source>Turbo</source>
        <translation>Turbo</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="110" />
        <source>Jet</source>
        <translation>Jet</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="110" />
        <source>Viridis</source>
        <translation>Viridis</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="111" />
        <source>Inferno</source>
        <translation>Inferno</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="111" />
        <source>Magma</source>
        <translation>Magma</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="111" />
        <source>Grey</source>
        <translation>灰度</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="114" />
        <source>Min–max</source>
        <translation>最小–最大</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="115" />
        <source>Percentile clip</source>
        <translation>百分位截断</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="116" />
        <source>Fixed range</source>
        <translation>固定范围</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="117" />
        <source>Smooth (bilinear)</source>
        <translation>平滑（双线性）</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="118" />
        <source>Cells (nearest)</source>
        <translation>网格（最近邻）</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="119" />
        <source>Colour map:</source>
        <translation>色图：</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="119" />
        <source>Normalisation:</source>
        <translation>归一化：</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="120" />
        <source>Low percentile:</source>
        <translation>下百分位：</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="120" />
        <source>High percentile:</source>
        <translation>上百分位：</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="121" />
        <source>Minimum:</source>
        <translation>最小值：</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="121" />
        <source>Maximum:</source>
        <translation>最大值：</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="122" />
        <source>Upsampling:</source>
        <translation>上采样：</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="122" />
        <source>Opacity:</source>
        <translation>不透明度：</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="123" />
        <source>Threshold:</source>
        <translation>阈值：</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="126" />
        <source>How normalised values are mapped to colours.</source>
        <translation>归一化后的数值如何映射为颜色。</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="128" />
        <source>How raw map values are scaled to 0–1 before colouring. Percentile clipping ignores outliers.</source>
        <translation>着色前如何将图的原始值缩放到 0–1。百分位截断会忽略离群值。</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="129" />
        <location filename="../../src/app/DisplayPanel.cpp" line="130" />
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="131" />
        <source>Raw value shown as 0 in fixed-range mode.</source>
        <translation>固定范围模式下显示为 0 的原始值。</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="132" />
        <source>Raw value shown as 1 in fixed-range mode.</source>
        <translation>固定范围模式下显示为 1 的原始值。</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="133" />
        <source>How a coarse map is resized to the image.</source>
        <translation>如何将较粗的图缩放到图像大小。</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="134" />
        <source>Opacity of the map over the image.</source>
        <translation>图叠加在图像上的不透明度。</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="135" />
        <source>Hide below</source>
        <translation>隐藏低于</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="136" />
        <source>Hide normalised values below the threshold.</source>
        <translation>隐藏低于阈值的归一化值。</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="137" />
        <source>Threshold on the normalised map (0–1); also the contour level.</source>
        <translation>归一化图上的阈值（0–1），也用作等值线的高度。</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="138" />
        <source>Draw contour at the threshold</source>
        <translation>在阈值处绘制等值线</translation>
    </message>
    <message>
        <location filename="../../src/app/DisplayPanel.cpp" line="139" />
        <location filename="../../src/app/DisplayPanel.cpp" line="186" />
        <location filename="../../src/app/DisplayPanel.cpp" line="192" />
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>al::Evaluation</name>
    <message>
        <location filename="../../src/core/Evaluation.cpp" line="55" />
        <source>Unknown dataset '%1'; known: %2</source>
        <translation>未知的数据集“%1”；已知数据集：%2</translation>
    </message>
    <message>
        <location filename="../../src/core/Evaluation.cpp" line="59" />
        <source>Model '%1' is not an image model.</source>
        <translation>模型“%1”不是图像模型。</translation>
    </message>
</context>
<context>
    <name>al::Exporter</name>
    <message>
        <location filename="../../src/app/Exporter.cpp" line="23" />
        <source>Nothing to export to %1: run a model first.</source>
        <translation>没有可导出到 %1 的内容：请先运行模型。</translation>
    </message>
    <message>
        <location filename="../../src/app/Exporter.cpp" line="29" />
        <source>“%1” is a channel map (one weight per channel) and has no picture to write to %2. Export the result as JSON to get its values, or display a spatial map.</source>
        <translation>“%1”是通道图（每个通道一个权重），没有可写入 %2 的图像。请将结果导出为 JSON 以获取其数值，或显示一张空间图。</translation>
    </message>
</context>
<context>
    <name>al::Faithfulness</name>
    <message>
        <location filename="../../src/core/explain/Faithfulness.cpp" line="25" />
        <location filename="../../src/core/explain/Faithfulness.cpp" line="105" />
        <location filename="../../src/core/explain/Faithfulness.cpp" line="146" />
        <location filename="../../src/core/explain/PerturbationCurves.cpp" line="56" />
        <location filename="../../src/core/explain/PerturbationCurves.cpp" line="129" />
        <location filename="../../src/core/explain/PerturbationCurves.cpp" line="139" />
        <source>The image to explain is empty or not an 8-bit colour image.</source>
        <translation>要解释的图像为空，或不是 8 位彩色图像。</translation>
    </message>
    <message>
        <location filename="../../src/core/explain/Faithfulness.cpp" line="28" />
        <location filename="../../src/core/explain/FaithfulnessReport.cpp" line="89" />
        <location filename="../../src/core/explain/PerturbationCurves.cpp" line="77" />
        <source>Class %1 does not exist: the model has %2 classes.</source>
        <translation>类别 %1 不存在：该模型共有 %2 个类别。</translation>
    </message>
    <message>
        <location filename="../../src/core/explain/Faithfulness.cpp" line="56" />
        <source>Model '%1' does not classify: faithfulness checks need a model with predictions.</source>
        <translation>模型“%1”不做分类：忠实性检验需要一个有预测输出的模型。</translation>
    </message>
    <message>
        <location filename="../../src/core/explain/Faithfulness.cpp" line="67" />
        <location filename="../../src/core/explain/FaithfulnessEvaluation.cpp" line="63" />
        <location filename="../../src/core/explain/FaithfulnessReport.cpp" line="77" />
        <source>Model '%1' returned no predictions; faithfulness checks need a classifier.</source>
        <translation>模型“%1”没有返回预测；忠实性检验需要一个分类器。</translation>
    </message>
    <message>
        <location filename="../../src/core/explain/Faithfulness.cpp" line="102" />
        <source>Occlusion needs a patch size and a stride of at least 1 pixel.</source>
        <translation>遮挡法要求图块大小和步长至少为 1 像素。</translation>
    </message>
    <message>
        <location filename="../../src/core/explain/Faithfulness.cpp" line="129" />
        <location filename="../../src/core/explain/Faithfulness.cpp" line="134" />
        <source>Occlusion</source>
        <translation>遮挡</translation>
    </message>
    <message>
        <location filename="../../src/core/explain/Faithfulness.cpp" line="142" />
        <source>RISE needs at least one mask, a grid of at least 2x2 cells and a keep probability in (0, 1].</source>
        <translation>RISE 要求至少一个掩膜、至少 2x2 的网格以及 (0, 1] 之间的保留概率。</translation>
    </message>
    <message>
        <location filename="../../src/core/explain/Faithfulness.cpp" line="174" />
        <location filename="../../src/core/explain/Faithfulness.cpp" line="176" />
        <source>RISE</source>
        <translation>RISE</translation>
    </message>
    <message>
        <location filename="../../src/core/explain/FaithfulnessEvaluation.cpp" line="41" />
        <source>Unknown dataset '%1'; known: %2</source>
        <translation>未知数据集“%1”；已知：%2</translation>
    </message>
    <message>
        <location filename="../../src/core/explain/FaithfulnessEvaluation.cpp" line="71" />
        <source>Model '%1' returned no spatial map to test.</source>
        <translation>模型“%1”没有返回可供检验的空间图。</translation>
    </message>
    <message>
        <location filename="../../src/core/explain/FaithfulnessEvaluation.cpp" line="89" />
        <source>The randomised copy '%1' returned no map named '%2'.</source>
        <translation>随机化副本“%1”没有返回名为“%2”的图。</translation>
    </message>
    <message>
        <location filename="../../src/core/explain/FaithfulnessEvaluation.cpp" line="94" />
        <location filename="../../src/core/explain/FaithfulnessReport.cpp" line="111" />
        <source>Faithfulness</source>
        <translation>忠实性</translation>
    </message>
    <message>
        <location filename="../../src/core/explain/FaithfulnessReport.cpp" line="30" />
        <source>Model '%1' returned no map named '%2'; its maps are: %3.</source>
        <translation>模型“%1”没有返回名为“%2”的图；它的图有：%3。</translation>
    </message>
    <message>
        <location filename="../../src/core/explain/FaithfulnessReport.cpp" line="36" />
        <source>Map '%1' is not a spatial map over the image; pick a spatial map.</source>
        <translation>图“%1”不是覆盖图像的空间图；请选择一个空间图。</translation>
    </message>
    <message>
        <location filename="../../src/core/explain/FaithfulnessReport.cpp" line="103" />
        <source>Occlusion sensitivity</source>
        <translation>遮挡敏感度</translation>
    </message>
    <message>
        <location filename="../../src/core/explain/FaithfulnessReport.cpp" line="104" />
        <source>RISE saliency</source>
        <translation>RISE 显著性</translation>
    </message>
    <message>
        <location filename="../../src/core/explain/FaithfulnessReport.cpp" line="106" />
        <source>How much the probability of '%1' drops when this part of the image is hidden: measured from the model's output only.</source>
        <translation>遮住图像的这一部分时“%1”的概率下降多少：只根据模型的输出测得。</translation>
    </message>
    <message>
        <location filename="../../src/core/explain/PerturbationCurves.cpp" line="27" />
        <source>The %1 map is empty or not a single-channel float map.</source>
        <translation>%1 图为空，或不是单通道浮点图。</translation>
    </message>
    <message>
        <location filename="../../src/core/explain/PerturbationCurves.cpp" line="60" />
        <source>A perturbation curve needs at least one step.</source>
        <translation>扰动曲线至少需要一步。</translation>
    </message>
    <message>
        <location filename="../../src/core/explain/PerturbationCurves.cpp" line="131" />
        <source>Deletion</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../src/core/explain/PerturbationCurves.cpp" line="141" />
        <source>Insertion</source>
        <translation>插入</translation>
    </message>
</context>
<context>
    <name>al::FaithfulnessPanel</name>
    <message>
        <location filename="../../src/app/explain/FaithfulnessPanel.cpp" line="194" />
        <source>Faithfulness check failed</source>
        <translation>忠实性检验失败</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/FaithfulnessPanel.cpp" line="216" />
        <source>Run a classifier, then check whether its attention map shows what the model uses.</source>
        <translation>先运行一个分类器，再检验它的注意力图是否反映了模型真正使用的信息。</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/FaithfulnessPanel.cpp" line="224" />
        <source>Explaining '%1' (p = %2).</source>
        <translation>正在解释“%1”（p = %2）。</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/FaithfulnessPanel.cpp" line="229" />
        <source>Map '%1': deletion area %2 (lower is better), insertion area %3 (higher is better). %4: deletion %5, insertion %6. Rank correlation %7.</source>
        <translation>图“%1”：删除曲线面积 %2（越低越好），插入曲线面积 %3（越高越好）。%4：删除 %5，插入 %6。秩相关 %7。</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/FaithfulnessPanel.cpp" line="253" />
        <source>Compute the perturbation map and the curves of the current map</source>
        <translation>计算扰动图以及当前图的曲线</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/FaithfulnessPanel.cpp" line="254" />
        <source>Available after running a classifier (a model with predictions)</source>
        <translation>运行分类器（有预测输出的模型）后可用</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/FaithfulnessPanel.cpp" line="258" />
        <source>Occlusion</source>
        <translation>遮挡</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/FaithfulnessPanel.cpp" line="259" />
        <source>RISE</source>
        <translation>RISE</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/FaithfulnessPanel.cpp" line="260" />
        <source>Occlusion hides one patch at a time; RISE averages thousands of random masks</source>
        <translation>遮挡法每次遮住一个图块；RISE 对数千个随机掩膜求平均</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/FaithfulnessPanel.cpp" line="261" />
        <source>Patch</source>
        <translation>图块</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/FaithfulnessPanel.cpp" line="262" />
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/FaithfulnessPanel.cpp" line="263" />
        <source>Masks</source>
        <translation>掩膜数</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/FaithfulnessPanel.cpp" line="264" />
        <source>Check</source>
        <translation>检验</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/FaithfulnessPanel.cpp" line="265" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/FaithfulnessPanel.cpp" line="266" />
        <source>Fraction of pixels removed / inserted</source>
        <translation>删除 / 插入的像素比例</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/FaithfulnessPanel.cpp" line="267" />
        <source>Probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/FaithfulnessPanel.cpp" line="268" />
        <source>Deletion, model map</source>
        <translation>删除，模型的图</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/FaithfulnessPanel.cpp" line="268" />
        <source>Insertion, model map</source>
        <translation>插入，模型的图</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/FaithfulnessPanel.cpp" line="269" />
        <source>Deletion, perturbation map</source>
        <translation>删除，扰动图</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/FaithfulnessPanel.cpp" line="269" />
        <source>Insertion, perturbation map</source>
        <translation>插入，扰动图</translation>
    </message>
</context>
<context>
    <name>al::FileIO</name>
    <message>
        <location filename="../../src/core/FileIO.cpp" line="21" />
        <source>Cannot write '%1': it is a folder or empty. Choose a file name.</source>
        <translation>无法写入“%1”：它是文件夹或为空。请选择一个文件名。</translation>
    </message>
    <message>
        <location filename="../../src/core/FileIO.cpp" line="29" />
        <source>Cannot write '%1': the folder '%2' does not exist.</source>
        <translation>无法写入“%1”：文件夹“%2”不存在。</translation>
    </message>
    <message>
        <location filename="../../src/core/FileIO.cpp" line="35" />
        <source>Cannot write '%1': the folder '%2' is not writable. Choose another folder.</source>
        <translation>无法写入“%1”：文件夹“%2”不可写。请选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../src/core/FileIO.cpp" line="50" />
        <source>Cannot write '%1': %2. Choose another folder.</source>
        <translation>无法写入“%1”：%2。请选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../src/core/FileIO.cpp" line="58" />
        <source>Writing '%1' failed: %2. Check the free disk space.</source>
        <translation>写入“%1”失败：%2。请检查磁盘剩余空间。</translation>
    </message>
    <message>
        <location filename="../../src/core/FileIO.cpp" line="64" />
        <source>Saving '%1' failed: %2. Check the free disk space.</source>
        <translation>保存“%1”失败：%2。请检查磁盘剩余空间。</translation>
    </message>
    <message>
        <location filename="../../src/core/FileIO.cpp" line="76" />
        <source>Cannot save '%1': unknown image type '%2'. Use one of: %3.</source>
        <translation>无法保存“%1”：未知的图像类型“%2”。请使用以下类型之一：%3。</translation>
    </message>
    <message>
        <location filename="../../src/core/FileIO.cpp" line="83" />
        <source>Cannot save '%1': the image is empty.</source>
        <translation>无法保存“%1”：图像为空。</translation>
    </message>
    <message>
        <location filename="../../src/core/FileIO.cpp" line="96" />
        <source>Cannot save '%1': the %2 encoder rejected this image (%3 x %4, type %5). %6</source>
        <translation>无法保存“%1”：%2 编码器拒绝了此图像（%3 x %4，类型 %5）。%6</translation>
    </message>
</context>
<context>
    <name>al::Fingerprint</name>
    <message>
        <location filename="../../src/core/fingerprint/Analysis.cpp" line="32" />
        <source>The fingerprint image is empty.</source>
        <translation>指纹图像为空。</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/Analysis.cpp" line="35" />
        <source>The resolution %1 dpi is outside 100..2000; pass the scanner's dpi.</source>
        <translation>分辨率 %1 dpi 不在 100..2000 范围内；请给出扫描仪的 dpi。</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/Analysis.cpp" line="48" />
        <source>The fingerprint image must have 8 or 16 bits per pixel.</source>
        <translation>指纹图像必须是每像素 8 位或 16 位。</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/Analysis.cpp" line="53" />
        <source>The print is %1x%2 pixels at 500 ppi; the analysis needs 64..4096 pixels a side.</source>
        <translation>指纹在 500 ppi 下为 %1x%2 像素；分析要求每边 64..4096 像素。</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/Analysis.cpp" line="71" />
        <source>Analysing the print</source>
        <translation>正在分析指纹</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/Analysis.cpp" line="125" />
        <source>The fingerprint analysis failed in OpenCV: %1</source>
        <translation>指纹分析在 OpenCV 中失败：%1</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/Analysis.cpp" line="138" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/Analysis.cpp" line="177" />
        <source>Arch</source>
        <translation>弓形纹</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/Analysis.cpp" line="179" />
        <source>Tented arch</source>
        <translation>帐篷弓形纹</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/Analysis.cpp" line="181" />
        <source>Left loop</source>
        <translation>左箕形纹</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/Analysis.cpp" line="183" />
        <source>Right loop</source>
        <translation>右箕形纹</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/Analysis.cpp" line="185" />
        <source>Whorl</source>
        <translation>斗形纹</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/AnalysisStages.cpp" line="107" />
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/AnalysisStages.cpp" line="108" />
        <source>The scan as 8-bit gray at 500 pixels per inch (other resolutions are resampled).</source>
        <translation>扫描图像，8 位灰度，每英寸 500 像素（其他分辨率会被重采样）。</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/AnalysisStages.cpp" line="112" />
        <source>Foreground</source>
        <translation>前景</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/AnalysisStages.cpp" line="113" />
        <source>Blocks with ridge contrast form the finger area; the tinted background is ignored from now on.</source>
        <translation>有脊线对比度的图块构成手指区域；着色的背景从这里开始被忽略。</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/AnalysisStages.cpp" line="118" />
        <source>Normalised</source>
        <translation>归一化</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/AnalysisStages.cpp" line="119" />
        <source>Each neighbourhood is brought to the same mean and contrast (Hong, Wan &amp; Jain 1998), so dry and wet areas look alike.</source>
        <translation>把每个邻域调整到相同的均值和对比度（Hong、Wan 和 Jain 1998），使干燥和潮湿的区域看起来一致。</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/AnalysisStages.cpp" line="122" />
        <source>standard deviations</source>
        <translation>标准差</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/AnalysisStages.cpp" line="124" />
        <source>Orientation</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/AnalysisStages.cpp" line="125" />
        <source>Ridge direction from averaged squared gradients (Hong, Wan &amp; Jain 1998); green strokes are reliable, red ones uncertain.</source>
        <translation>由平均平方梯度得到的脊线方向（Hong、Wan 和 Jain 1998）；绿色笔画可靠，红色不确定。</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/AnalysisStages.cpp" line="128" />
        <source>degrees</source>
        <translation>度</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/AnalysisStages.cpp" line="130" />
        <source>Coherence</source>
        <translation>一致性</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/AnalysisStages.cpp" line="131" />
        <source>How strongly the gradients agree on one direction (1 = parallel ridges, 0 = noise or a singular point).</source>
        <translation>梯度在同一方向上的一致程度（1 = 平行脊线，0 = 噪声或奇异点）。</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/AnalysisStages.cpp" line="134" />
        <source>coherence</source>
        <translation>一致性</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/AnalysisStages.cpp" line="136" />
        <source>Ridge period</source>
        <translation>脊线周期</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/AnalysisStages.cpp" line="137" />
        <source>Distance between ridges from the x-signature across the ridges in each block (Hong, Wan &amp; Jain 1998), interpolated where the signal is unclear.</source>
        <translation>由每个图块中横跨脊线的 x 签名得到的脊线间距（Hong、Wan 和 Jain 1998），信号不清楚的地方做插值。</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/AnalysisStages.cpp" line="140" />
        <source>pixels</source>
        <translation>像素</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/AnalysisStages.cpp" line="142" />
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/AnalysisStages.cpp" line="143" />
        <source>NBIS-style levels: 0 background or low contrast (grey), 1 no clear ridge flow (red), 2 high curvature (orange), 3 next to a problem (yellow), 4 good (green).</source>
        <translation>NBIS 风格的等级：0 背景或低对比度（灰色），1 无清晰脊线走向（红色），2 高曲率（橙色），3 靠近问题区域（黄色），4 良好（绿色）。</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/AnalysisStages.cpp" line="146" />
        <source>level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/AnalysisStages.cpp" line="148" />
        <source>Gabor enhanced</source>
        <translation>Gabor 增强</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/AnalysisStages.cpp" line="149" />
        <source>Each pixel is filtered with a Gabor filter tuned to its local orientation and period (Hong, Wan &amp; Jain 1998): ridges are joined, noise is suppressed.</source>
        <translation>每个像素都用按其局部方向和周期调谐的 Gabor 滤波器滤波（Hong、Wan 和 Jain 1998）：脊线被连接，噪声被抑制。</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/AnalysisStages.cpp" line="152" />
        <source>filter response</source>
        <translation>滤波响应</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/AnalysisStages.cpp" line="154" />
        <source>Binary</source>
        <translation>二值化</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/AnalysisStages.cpp" line="155" />
        <source>Ridges are where the filter response is positive; specks and pin holes are removed.</source>
        <translation>滤波响应为正的地方是脊线；斑点和针孔被去除。</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/AnalysisStages.cpp" line="159" />
        <source>Skeleton</source>
        <translation>骨架</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/AnalysisStages.cpp" line="160" />
        <source>Ridges thinned to one pixel (Zhang &amp; Suen 1984), so every ridge pixel has a crossing number.</source>
        <translation>脊线被细化为一个像素宽（Zhang 和 Suen 1984），这样每个脊线像素都有一个交叉数。</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/AnalysisStages.cpp" line="165" />
        <source>Minutiae</source>
        <translation>细节点</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/AnalysisStages.cpp" line="166" />
        <source>Crossing number 1 is a ridge ending (red), 3 a bifurcation (blue); grey candidates were removed as spurs, bridges, breaks, border or low-quality artefacts.</source>
        <translation>交叉数为 1 是脊线端点（红色），为 3 是分叉点（蓝色）；灰色候选点作为毛刺、桥接、断裂、边界或低质量伪影被去除。</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/AnalysisStages.cpp" line="172" />
        <source>Singular points and class</source>
        <translation>奇异点与类别</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/AnalysisStages.cpp" line="173" />
        <source>The Poincare index of the orientation field finds cores (circles) and deltas (triangles) (Kawagoe &amp; Tojo 1984); their layout gives the class: %1.</source>
        <translation>方向场的 Poincaré 指数找出中心点（圆）和三角点（三角形）（Kawagoe 和 Tojo 1984）；它们的布局决定类别：%1。</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/IsoTemplate.cpp" line="30" />
        <source>ISO template: %1 is %2; it must be in %3..%4.</source>
        <translation>ISO 模板：%1 为 %2；必须在 %3..%4 之间。</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/IsoTemplate.cpp" line="76" />
        <source>%1: not a valid ISO/IEC 19794-2 minutiae record: %2</source>
        <translation>%1：不是有效的 ISO/IEC 19794-2 细节点记录：%2</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/IsoTemplate.cpp" line="77" />
        <source>template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/IsoTemplate.cpp" line="83" />
        <source>the record is truncated at byte %1.</source>
        <translation>记录在第 %1 字节处被截断。</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/IsoTemplate.cpp" line="98" />
        <source>finger position %1 is over 10.</source>
        <translation>手指位置 %1 超过 10。</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/IsoTemplate.cpp" line="100" />
        <source>finger quality %1 is over 100.</source>
        <translation>手指质量 %1 超过 100。</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/IsoTemplate.cpp" line="103" />
        <source>%1 minutiae do not fit in the remaining %2 bytes.</source>
        <translation>%1 个细节点无法放入剩余的 %2 字节。</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/IsoTemplate.cpp" line="110" />
        <source>minutia %1 has the reserved type 11.</source>
        <translation>细节点 %1 使用了保留类型 11。</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/IsoTemplate.cpp" line="116" />
        <source>minutia %1 at (%2, %3) lies outside the %4x%5 image.</source>
        <translation>位于 (%2, %3) 的细节点 %1 在 %4x%5 的图像之外。</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/IsoTemplate.cpp" line="123" />
        <source>minutia %1 has quality %2 (over 100).</source>
        <translation>细节点 %1 的质量为 %2（超过 100）。</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/IsoTemplate.cpp" line="135" />
        <source>the image width</source>
        <translation>图像宽度</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/IsoTemplate.cpp" line="136" />
        <source>the image height</source>
        <translation>图像高度</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/IsoTemplate.cpp" line="137" />
        <source>the x resolution</source>
        <translation>x 方向分辨率</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/IsoTemplate.cpp" line="138" />
        <source>the y resolution</source>
        <translation>y 方向分辨率</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/IsoTemplate.cpp" line="139" />
        <source>the capture equipment</source>
        <translation>采集设备</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/IsoTemplate.cpp" line="140" />
        <source>the number of finger views</source>
        <translation>手指视图数</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/IsoTemplate.cpp" line="143" />
        <source>the finger position</source>
        <translation>手指位置</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/IsoTemplate.cpp" line="144" />
        <source>the view number</source>
        <translation>视图编号</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/IsoTemplate.cpp" line="145" />
        <source>the impression type</source>
        <translation>按压类型</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/IsoTemplate.cpp" line="146" />
        <source>the finger quality</source>
        <translation>手指质量</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/IsoTemplate.cpp" line="147" />
        <source>the number of minutiae</source>
        <translation>细节点数</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/IsoTemplate.cpp" line="154" />
        <source>a minutia x</source>
        <translation>细节点的 x</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/IsoTemplate.cpp" line="155" />
        <source>a minutia y</source>
        <translation>细节点的 y</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/IsoTemplate.cpp" line="179" />
        <source>the magic bytes are not "FMR".</source>
        <translation>魔数字节不是 "FMR"。</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/IsoTemplate.cpp" line="181" />
        <source>the version is not " 20" (ISO/IEC 19794-2:2005).</source>
        <translation>版本不是 " 20"（ISO/IEC 19794-2:2005）。</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/IsoTemplate.cpp" line="184" />
        <source>the record length field says %1 bytes but the data has %2.</source>
        <translation>记录长度字段为 %1 字节，但数据有 %2 字节。</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/IsoTemplate.cpp" line="196" />
        <source>the image size is %1x%2.</source>
        <translation>图像尺寸为 %1x%2。</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/IsoTemplate.cpp" line="198" />
        <source>the resolution is zero.</source>
        <translation>分辨率为零。</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/IsoTemplate.cpp" line="200" />
        <source>it has no finger view.</source>
        <translation>没有手指视图。</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/IsoTemplate.cpp" line="202" />
        <source>%1 finger views do not fit in %2 bytes.</source>
        <translation>%1 个手指视图无法放入 %2 字节。</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/IsoTemplate.cpp" line="206" />
        <source>%1 bytes follow the last finger view.</source>
        <translation>最后一个手指视图之后还有 %1 字节。</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/IsoTemplate.cpp" line="214" />
        <source>Cannot read the template %1; check the path.</source>
        <translation>无法读取模板 %1；请检查路径。</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/IsoTemplate.cpp" line="217" />
        <source>%1 is over 1 MB; it is not a minutiae template.</source>
        <translation>%1 超过 1 MB；它不是细节点模板。</translation>
    </message>
</context>
<context>
    <name>al::FingerprintAttentionTab</name>
    <message>
        <location filename="../../src/app/fingerprint/FingerprintAttentionTab.cpp" line="131" />
        <source>Show the attention map over the print</source>
        <translation>在指纹上显示注意力图</translation>
    </message>
    <message>
        <location filename="../../src/app/fingerprint/FingerprintAttentionTab.cpp" line="132" />
        <source>Show singular points and the attention peak</source>
        <translation>显示奇异点和注意力峰值</translation>
    </message>
    <message>
        <location filename="../../src/app/fingerprint/FingerprintAttentionTab.cpp" line="133" />
        <source>Green: true singular points (generated prints), the circle is the 25 px tolerance. Cyan: singular points the pipeline detected. Magenta cross: the attention peak. Circles are cores, triangles deltas.</source>
        <translation>绿色：真实奇异点（生成的指纹），圆圈表示 25 像素容差。青色：流程检测到的奇异点。品红十字：注意力峰值。圆形为中心点，三角形为三角点。</translation>
    </message>
    <message>
        <location filename="../../src/app/fingerprint/FingerprintAttentionTab.cpp" line="148" />
        <source>The attention classifier (model package %1) is not installed.</source>
        <translation>未安装注意力分类器（模型包 %1）。</translation>
    </message>
    <message>
        <location filename="../../src/app/fingerprint/FingerprintAttentionTab.cpp" line="154" />
        <source>Learned classifier: %1</source>
        <translation>学习型分类器：%1</translation>
    </message>
    <message>
        <location filename="../../src/app/fingerprint/FingerprintAttentionTab.cpp" line="155" />
        <source>Open or generate a print to see where the learned classifier looks.</source>
        <translation>打开或生成一枚指纹，查看学习型分类器关注的位置。</translation>
    </message>
    <message>
        <location filename="../../src/app/fingerprint/FingerprintAttentionTab.cpp" line="157" />
        <source>The classifier failed: %1</source>
        <translation>分类器运行失败：%1</translation>
    </message>
    <message>
        <location filename="../../src/app/fingerprint/FingerprintAttentionTab.cpp" line="168" />
        <source>No singular point to compare the attention peak with (arches have none).</source>
        <translation>没有可与注意力峰值比较的奇异点（弓形纹没有奇异点）。</translation>
    </message>
    <message>
        <location filename="../../src/app/fingerprint/FingerprintAttentionTab.cpp" line="171" />
        <source>Attention peak %1 px from the nearest true singular point: %2.</source>
        <translation>注意力峰值距最近的真实奇异点 %1 像素：%2。</translation>
    </message>
    <message>
        <location filename="../../src/app/fingerprint/FingerprintAttentionTab.cpp" line="172" />
        <source>Attention peak %1 px from the nearest detected singular point: %2.</source>
        <translation>注意力峰值距最近的检测到的奇异点 %1 像素：%2。</translation>
    </message>
    <message>
        <location filename="../../src/app/fingerprint/FingerprintAttentionTab.cpp" line="174" />
        <source>on it (within 25 px)</source>
        <translation>落在其上（25 像素以内）</translation>
    </message>
    <message>
        <location filename="../../src/app/fingerprint/FingerprintAttentionTab.cpp" line="174" />
        <source>not on it</source>
        <translation>未落在其上</translation>
    </message>
</context>
<context>
    <name>al::FingerprintPage</name>
    <message>
        <location filename="../../src/app/fingerprint/FingerprintPage.cpp" line="179" />
        <source>Open scan…</source>
        <translation>打开扫描图…</translation>
    </message>
    <message>
        <location filename="../../src/app/fingerprint/FingerprintPage.cpp" line="181" />
        <source>Open an 8-bit gray fingerprint scan (PNG, BMP, TIFF, …); you can also drop a file here.</source>
        <translation>打开 8 位灰度指纹扫描图（PNG、BMP、TIFF…）；也可以把文件拖到这里。</translation>
    </message>
    <message>
        <location filename="../../src/app/fingerprint/FingerprintPage.cpp" line="182" />
        <source>Scan resolution (dpi):</source>
        <translation>扫描分辨率（dpi）：</translation>
    </message>
    <message>
        <location filename="../../src/app/fingerprint/FingerprintPage.cpp" line="183" />
        <source>Scans at other resolutions are resampled to 500 ppi before the analysis.</source>
        <translation>其他分辨率的扫描图在分析前会重采样到 500 ppi。</translation>
    </message>
    <message>
        <location filename="../../src/app/fingerprint/FingerprintPage.cpp" line="184" />
        <source>Seed:</source>
        <translation>种子：</translation>
    </message>
    <message>
        <location filename="../../src/app/fingerprint/FingerprintPage.cpp" line="187" />
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../../src/app/fingerprint/FingerprintPage.cpp" line="189" />
        <source>Make a synthetic print of the chosen class and seed (SFinGe method) and analyse it.</source>
        <translation>按所选类别和种子生成一枚合成指纹（SFinGe 方法）并进行分析。</translation>
    </message>
    <message>
        <location filename="../../src/app/fingerprint/FingerprintPage.cpp" line="190" />
        <source>Pipeline stages:</source>
        <translation>处理流程的各个阶段：</translation>
    </message>
    <message>
        <location filename="../../src/app/fingerprint/FingerprintPage.cpp" line="191" />
        <source>Show minutiae and singular points</source>
        <translation>显示细节点和奇异点</translation>
    </message>
    <message>
        <location filename="../../src/app/fingerprint/FingerprintPage.cpp" line="192" />
        <source>Export ISO template…</source>
        <translation>导出 ISO 模板…</translation>
    </message>
    <message>
        <location filename="../../src/app/fingerprint/FingerprintPage.cpp" line="193" />
        <source>Export JSON…</source>
        <translation>导出 JSON…</translation>
    </message>
    <message>
        <location filename="../../src/app/fingerprint/FingerprintPage.cpp" line="194" />
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <location filename="../../src/app/fingerprint/FingerprintPage.cpp" line="195" />
        <source>Match</source>
        <translation>比对</translation>
    </message>
    <message>
        <location filename="../../src/app/fingerprint/FingerprintPage.cpp" line="196" />
        <source>Attention</source>
        <translation>注意力</translation>
    </message>
    <message>
        <location filename="../../src/app/fingerprint/FingerprintPage.cpp" line="197" />
        <source>Where the learned classifier looks: its class probabilities and attention map, with the singular points.</source>
        <translation>学习型分类器关注的位置：类别概率和注意力图，以及奇异点。</translation>
    </message>
    <message>
        <location filename="../../src/app/fingerprint/FingerprintPage.cpp" line="199" />
        <source>Open second print…</source>
        <translation>打开第二枚指纹…</translation>
    </message>
    <message>
        <location filename="../../src/app/fingerprint/FingerprintPage.cpp" line="202" />
        <source>Open or drop a fingerprint scan, or generate one, to see every step of the analysis.</source>
        <translation>打开或拖入一幅指纹扫描图，或者生成一枚，即可查看分析的每一步。</translation>
    </message>
    <message>
        <location filename="../../src/app/fingerprint/FingerprintPage.cpp" line="286" />
        <source>x %1, y %2</source>
        <translation>x %1，y %2</translation>
    </message>
    <message>
        <location filename="../../src/app/fingerprint/FingerprintPage.cpp" line="288" />
        <source>%1: %2 %3</source>
        <translation>%1：%2 %3</translation>
    </message>
    <message>
        <location filename="../../src/app/fingerprint/FingerprintPage.cpp" line="293" />
        <source>%1: gray %2</source>
        <translation>%1：灰度 %2</translation>
    </message>
    <message>
        <location filename="../../src/app/fingerprint/FingerprintPageJobs.cpp" line="103" />
        <source>generated %1, seed %2</source>
        <translation>生成的%1，种子 %2</translation>
    </message>
    <message>
        <location filename="../../src/app/fingerprint/FingerprintPageJobs.cpp" line="122" />
        <source>Fingerprint analysis failed</source>
        <translation>指纹分析失败</translation>
    </message>
    <message>
        <location filename="../../src/app/fingerprint/FingerprintPageJobs.cpp" line="150" />
        <source>%1
Class: %2
%3 minutiae, %4 cores, %5 deltas
Quality %6 of 100, %7 ms</source>
        <translation>%1
类别：%2
%3 个细节点，%4 个中心点，%5 个三角点
质量 %6（满分 100），%7 毫秒</translation>
    </message>
    <message>
        <location filename="../../src/app/fingerprint/FingerprintPageJobs.cpp" line="163" />
        <source>Open a second print to compare it with %1.</source>
        <translation>打开第二枚指纹与 %1 进行比较。</translation>
    </message>
    <message>
        <location filename="../../src/app/fingerprint/FingerprintPageJobs.cpp" line="164" />
        <source>Open a print first, then a second one to compare.</source>
        <translation>先打开一枚指纹，再打开第二枚进行比较。</translation>
    </message>
    <message>
        <location filename="../../src/app/fingerprint/FingerprintPageJobs.cpp" line="172" />
        <source>Score %1: %2 of %3 and %4 minutiae paired (%5 and %6)</source>
        <translation>得分 %1：%3 个和 %4 个细节点中配对了 %2 个（%5 和 %6）</translation>
    </message>
    <message>
        <location filename="../../src/app/fingerprint/FingerprintPageJobs.cpp" line="181" />
        <source>Open the second print</source>
        <translation>打开第二枚指纹</translation>
    </message>
    <message>
        <location filename="../../src/app/fingerprint/FingerprintPageJobs.cpp" line="181" />
        <source>Open a scan</source>
        <translation>打开扫描图</translation>
    </message>
    <message>
        <location filename="../../src/app/fingerprint/FingerprintPageJobs.cpp" line="194" />
        <source>Export JSON</source>
        <translation>导出 JSON</translation>
    </message>
    <message>
        <location filename="../../src/app/fingerprint/FingerprintPageJobs.cpp" line="194" />
        <source>JSON (*.json)</source>
        <translation>JSON（*.json）</translation>
    </message>
    <message>
        <location filename="../../src/app/fingerprint/FingerprintPageJobs.cpp" line="195" />
        <source>Export ISO template</source>
        <translation>导出 ISO 模板</translation>
    </message>
    <message>
        <location filename="../../src/app/fingerprint/FingerprintPageJobs.cpp" line="196" />
        <source>ISO/IEC 19794-2 template (*.iso)</source>
        <translation>ISO/IEC 19794-2 模板（*.iso）</translation>
    </message>
    <message>
        <location filename="../../src/app/fingerprint/FingerprintPageJobs.cpp" line="213" />
        <location filename="../../src/app/fingerprint/FingerprintPageJobs.cpp" line="227" />
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>al::GuidedTour</name>
    <message>
        <location filename="../../src/app/explain/GuidedTour.cpp" line="29" />
        <source>Now change the attention and watch the answer: replace the CBAM spatial map by a uniform, inverted, shifted or painted one and run the rest of the network. If the prediction breaks, the network really relied on where it looked.</source>
        <translation>现在改变注意力，观察答案：把 CBAM 的空间图换成均匀的、反转的、平移的或手绘的，然后运行网络的其余部分。如果预测变了，说明网络确实依赖于它看的位置。</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/GuidedTour.cpp" line="36" />
        <source>1 · Where does the model look?</source>
        <translation>1 · 模型在看哪里？</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/GuidedTour.cpp" line="37" />
        <source>Here is a handwritten digit hidden among scraps of other digits. A small CNN with CBAM attention classifies it. The colours over the image are its spatial attention: warm where the network looks. It should look at the digit, not at the clutter.</source>
        <translation>这里有一个手写数字藏在其他数字的碎片之中。一个带 CBAM 注意力的小型 CNN 对它进行分类。图像上的颜色是它的空间注意力：网络看的地方颜色偏暖。它应该看数字，而不是杂乱的碎片。</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/GuidedTour.cpp" line="42" />
        <source>Every map of the run</source>
        <translation>本次运行的所有图</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/GuidedTour.cpp" line="43" />
        <source>The Maps list holds every map the model returned: channel and spatial attention of each stage, before and after the sigmoid. Pick one to show it over the image.</source>
        <translation>图列表包含模型返回的所有图：每个阶段的通道注意力和空间注意力，sigmoid 之前和之后。选择一个即可显示在图像上。</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/GuidedTour.cpp" line="47" />
        <source>2 · How is that map computed?</source>
        <translation>2 · 这张图是怎么算出来的？</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/GuidedTour.cpp" line="48" />
        <source>The Steps tab takes the computation apart. For CBAM: the feature maps, their channel average and maximum, a 7×7 convolution and a sigmoid give the map that re-weights the features.</source>
        <translation>“步骤”标签页把计算过程拆开展示。对于 CBAM：特征图、它们的通道平均和最大值、一个 7×7 卷积和一个 sigmoid 得到重新加权特征的那张图。</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/GuidedTour.cpp" line="53" />
        <source>Self-attention, step by step</source>
        <translation>自注意力，一步一步</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/GuidedTour.cpp" line="54" />
        <source>A Vision Transformer looks differently: every 8×8 patch asks every other patch how relevant it is. Click a patch: you see its scores q·k over all keys, the 1/√d scaling, the softmax weights and their entropy, and the weighted sum of the values — for each head side by side.</source>
        <translation>视觉 Transformer 的看法不同：每个 8×8 图块都会询问其他每个图块与自己的相关程度。点击一个图块：可以看到它对所有键的得分 q·k、1/√d 缩放、softmax 权重及其熵，以及值的加权和——各个注意力头并排显示。</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/GuidedTour.cpp" line="60" />
        <source>3 · What happens if we change it?</source>
        <translation>3 · 如果改变它会怎样？</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/GuidedTour.cpp" line="61" />
        <source>Drag the temperature. Below 1 the softmax sharpens and each patch reads from a few others (low entropy); above 1 the weights flatten towards a plain average and the output loses what made it specific. The model was trained at 1.</source>
        <translation>拖动温度。小于 1 时 softmax 变得更尖锐，每个图块只从少数几个图块读取信息（熵低）；大于 1 时权重趋于平均，输出失去了它的特异性。模型是在温度 1 下训练的。</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/GuidedTour.cpp" line="66" />
        <source>Attention before deep learning</source>
        <translation>深度学习之前的注意力</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/GuidedTour.cpp" line="67" />
        <source>Non-local means (2005) is self-attention without training: each pixel averages the pixels whose surroundings look like its own. Click a pixel to see its weights; tick “Noisy image” to see why gathering evidence from similar places removes noise, and which temperature h works best.</source>
        <translation>非局部均值（2005）是不需要训练的自注意力：每个像素对周围环境与自己相似的像素求平均。点击一个像素查看它的权重；勾选“含噪图像”，看看为什么从相似的地方收集证据能去除噪声，以及哪个温度 h 效果最好。</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/GuidedTour.cpp" line="73" />
        <source>End of the tour</source>
        <translation>导览结束</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/GuidedTour.cpp" line="74" />
        <source>You have seen where a model looks, how the map is computed and what changing it does. Open your own image, pick another model, or start the tour again from Help ▸ Guided tour.</source>
        <translation>你已经看到了模型在看哪里、这张图是怎么算出来的，以及改变它会发生什么。打开你自己的图像，换一个模型，或者从“帮助 ▸ 导览”重新开始导览。</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/GuidedTour.cpp" line="245" />
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/GuidedTour.cpp" line="246" />
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/GuidedTour.cpp" line="248" />
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/GuidedTour.cpp" line="248" />
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/GuidedTour.cpp" line="249" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>al::HeadGridView</name>
    <message>
        <location filename="../../src/app/HeadGridView.cpp" line="242" />
        <source>Fused</source>
        <translation>融合</translation>
    </message>
    <message>
        <location filename="../../src/app/HeadGridView.cpp" line="242" />
        <source>Head %1</source>
        <translation>头 %1</translation>
    </message>
    <message>
        <location filename="../../src/app/HeadGridView.cpp" line="248" />
        <source>This model returns no per-layer or per-head maps.</source>
        <translation>此模型不提供逐层或逐头的图。</translation>
    </message>
    <message>
        <location filename="../../src/app/HeadGridView.cpp" line="249" />
        <source>Run an attention model to see its maps per layer and head.</source>
        <translation>运行一个注意力模型，即可按层和头查看它的图。</translation>
    </message>
</context>
<context>
    <name>al::Heatmap</name>
    <message>
        <location filename="../../src/core/Heatmap.cpp" line="28" />
        <source>Rendering failed in %1: %2</source>
        <translation>%1 渲染失败：%2</translation>
    </message>
    <message>
        <location filename="../../src/core/Heatmap.cpp" line="36" />
        <source>Map '%1' cannot be displayed: expected a non-empty single-channel 32-bit float matrix, got %2.</source>
        <translation>无法显示图“%1”：需要非空的单通道 32 位浮点矩阵，实际为 %2。</translation>
    </message>
    <message>
        <location filename="../../src/core/Heatmap.cpp" line="40" />
        <source>an empty matrix</source>
        <translation>空矩阵</translation>
    </message>
    <message>
        <location filename="../../src/core/Heatmap.cpp" line="49" />
        <source>Percentile range [%1, %2] is invalid: choose 0 &lt;= low &lt; high &lt;= 100.</source>
        <translation>百分位范围 [%1, %2] 无效：请满足 0 &lt;= 下限 &lt; 上限 &lt;= 100。</translation>
    </message>
    <message>
        <location filename="../../src/core/Heatmap.cpp" line="56" />
        <source>Fixed range [%1, %2] is invalid: the maximum must be greater than the minimum.</source>
        <translation>固定范围 [%1, %2] 无效：最大值必须大于最小值。</translation>
    </message>
    <message>
        <location filename="../../src/core/Heatmap.cpp" line="451" />
        <source>Cannot draw over an image of type %1: expected a non-empty 8-bit BGR image.</source>
        <translation>无法在类型为 %1 的图像上绘制：需要非空的 8 位 BGR 图像。</translation>
    </message>
    <message>
        <location filename="../../src/core/Heatmap.cpp" line="453" />
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../src/core/Heatmap.cpp" line="462" />
        <location filename="../../src/core/Heatmap.cpp" line="472" />
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <location filename="../../src/core/Heatmap.cpp" line="476" />
        <source>Cannot upsample a map to an empty size (%1 x %2).</source>
        <translation>无法将图上采样到空尺寸（%1 x %2）。</translation>
    </message>
    <message>
        <location filename="../../src/core/Heatmap.cpp" line="501" />
        <source>Cannot render map '%1' at an empty size (%2 x %3).</source>
        <translation>无法以空尺寸（%2 x %3）渲染图“%1”。</translation>
    </message>
</context>
<context>
    <name>al::HistogramPanel</name>
    <message>
        <location filename="../../src/app/HistogramPanel.cpp" line="98" />
        <source>Normalised value</source>
        <translation>归一化值</translation>
    </message>
    <message>
        <location filename="../../src/app/HistogramPanel.cpp" line="99" />
        <source>Cells</source>
        <translation>单元数</translation>
    </message>
    <message>
        <location filename="../../src/app/HistogramPanel.cpp" line="103" />
        <source>%1 — raw values: min %2 · max %3 · mean %4</source>
        <translation>%1 — 原始值：最小 %2 · 最大 %3 · 平均 %4</translation>
    </message>
    <message>
        <location filename="../../src/app/HistogramPanel.cpp" line="101" />
        <source>No map to show yet: open an image and run a model.</source>
        <translation>尚无可显示的图：请打开图像并运行模型。</translation>
    </message>
</context>
<context>
    <name>al::ImageConvert</name>
    <message>
        <location filename="../../src/core/ImageConvert.cpp" line="15" />
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageConvert.cpp" line="54" />
        <source>Cannot show a matrix of type %1 as an image: expected 8-bit gray, BGR or BGRA.</source>
        <translation>无法将类型为 %1 的矩阵显示为图像：需要 8 位灰度、BGR 或 BGRA。</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageConvert.cpp" line="100" />
        <source>Cannot view a QImage of format %1 as a matrix: convert it to BGR888, Grayscale8 or ARGB32 first.</source>
        <translation>无法将格式为 %1 的 QImage 视为矩阵：请先将其转换为 BGR888、Grayscale8 或 ARGB32。</translation>
    </message>
</context>
<context>
    <name>al::ImageHeader</name>
    <message>
        <location filename="../../src/core/ImageHeader.cpp" line="41" />
        <source>the header is larger than %1 KiB</source>
        <translation>文件头大于 %1 KiB</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageHeader.cpp" line="85" />
        <source>the header gives invalid dimensions %1 x %2</source>
        <translation>文件头给出的尺寸 %1 x %2 无效</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageHeader.cpp" line="95" />
        <source>the PNG does not start with an IHDR chunk</source>
        <translation>该 PNG 不以 IHDR 块开头</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageHeader.cpp" line="119" />
        <source>the JPEG has no frame header before its image data</source>
        <translation>该 JPEG 在图像数据之前没有帧头</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageHeader.cpp" line="124" />
        <source>a JPEG segment has an invalid length</source>
        <translation>某个 JPEG 段的长度无效</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageHeader.cpp" line="129" />
        <source>the JPEG has too many segments before its frame header</source>
        <translation>该 JPEG 在帧头之前的段过多</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageHeader.cpp" line="154" />
        <source>the BMP has an unknown info header of %1 bytes</source>
        <translation>该 BMP 的信息头为未知的 %1 字节</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageHeader.cpp" line="176" />
        <source>the TIFF byte-order mark is invalid</source>
        <translation>该 TIFF 的字节序标记无效</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageHeader.cpp" line="183" />
        <source>the TIFF directory has %1 entries</source>
        <translation>该 TIFF 目录有 %1 个条目</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageHeader.cpp" line="205" />
        <source>the TIFF has no ImageWidth/ImageLength tags</source>
        <translation>该 TIFF 没有 ImageWidth/ImageLength 标签</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageHeader.cpp" line="215" />
        <source>the WebP VP8 start code is missing</source>
        <translation>缺少 WebP VP8 起始码</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageHeader.cpp" line="221" />
        <source>the WebP lossless signature is missing</source>
        <translation>缺少 WebP 无损格式签名</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageHeader.cpp" line="227" />
        <source>the WebP has an unknown first chunk</source>
        <translation>该 WebP 的第一个块未知</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageHeader.cpp" line="251" />
        <source>the PNM dimensions are too long</source>
        <translation>该 PNM 的尺寸字段过长</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageHeader.cpp" line="255" />
        <source>the PNM header has no dimensions</source>
        <translation>该 PNM 文件头没有尺寸</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageHeader.cpp" line="277" />
        <source>it is not a PNG, JPEG, BMP, TIFF, WebP or PNM image</source>
        <translation>它不是 PNG、JPEG、BMP、TIFF、WebP 或 PNM 图像</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageHeader.cpp" line="340" />
        <source>Cannot open the image file '%1': %2.</source>
        <translation>无法打开图像文件“%1”：%2。</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageHeader.cpp" line="348" />
        <source>The image file '%1' is truncated: its header is incomplete. Check that the file was copied completely.</source>
        <translation>图像文件“%1”被截断：文件头不完整。请检查文件是否完整复制。</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageHeader.cpp" line="355" />
        <source>Cannot read the image file '%1': %2.</source>
        <translation>无法读取图像文件“%1”：%2。</translation>
    </message>
</context>
<context>
    <name>al::ImageLoader</name>
    <message>
        <location filename="../../src/core/ImageLoader.cpp" line="23" />
        <source>The image file '%1' does not exist.</source>
        <translation>图像文件“%1”不存在。</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageLoader.cpp" line="26" />
        <source>'%1' is a folder, not an image file. Choose an image inside it.</source>
        <translation>“%1”是文件夹，不是图像文件。请选择其中的一张图像。</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageLoader.cpp" line="31" />
        <source>The image file '%1' cannot be read: check its permissions.</source>
        <translation>无法读取图像文件“%1”：请检查其权限。</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageLoader.cpp" line="37" />
        <source>The image file '%1' is empty.</source>
        <translation>图像文件“%1”为空。</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageLoader.cpp" line="40" />
        <source>The image file '%1' is %2, over the limit of %3. Use a smaller image or raise the file size limit.</source>
        <translation>图像文件“%1”大小为 %2，超过了 %3 的上限。请使用较小的图像或提高文件大小上限。</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageLoader.cpp" line="53" />
        <source>The image '%1' is %2 x %3 pixels, over the limit of %4 pixels. Scale it down or raise the pixel limit.</source>
        <translation>图像“%1”为 %2 x %3 像素，超过了 %4 像素的上限。请缩小图像或提高像素上限。</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageLoader.cpp" line="71" />
        <source>Cannot open the image file '%1': %2.</source>
        <translation>无法打开图像文件“%1”：%2。</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageLoader.cpp" line="82" />
        <source>The image file '%1' is over 2 GiB.</source>
        <translation>图像文件“%1”超过 2 GiB。</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageLoader.cpp" line="85" />
        <source>The PNG file '%1' is truncated (it has no end chunk): it was not completely written or downloaded.</source>
        <translation>PNG 文件“%1”不完整（缺少结束块）：它没有被完整写入或下载。</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageLoader.cpp" line="100" />
        <source>The image file '%1' is corrupt or uses an unsupported encoding: it could not be decoded.</source>
        <translation>图像文件“%1”已损坏或使用了不受支持的编码：无法解码。</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageLoader.cpp" line="200" />
        <source>Images (%1)</source>
        <translation>图像 (%1)</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageLoader.cpp" line="202" />
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/core/ImageLoader.cpp" line="225" />
        <source>Could not convert the image '%1' for display: %2</source>
        <translation>无法转换图像“%1”以供显示：%2</translation>
    </message>
</context>
<context>
    <name>al::InputsPanel</name>
    <message>
        <location filename="../../src/app/InputsPanel.cpp" line="139" />
        <source>Open image…</source>
        <translation>打开图像…</translation>
    </message>
    <message>
        <location filename="../../src/app/InputsPanel.cpp" line="140" />
        <source>Choose an image file to analyse.</source>
        <translation>选择要分析的图像文件。</translation>
    </message>
    <message>
        <location filename="../../src/app/InputsPanel.cpp" line="141" />
        <source>or drop an image file onto the window.</source>
        <translation>或将图像文件拖放到窗口中。</translation>
    </message>
    <message>
        <location filename="../../src/app/InputsPanel.cpp" line="142" />
        <source>Recent files</source>
        <translation>最近的文件</translation>
    </message>
    <message>
        <location filename="../../src/app/InputsPanel.cpp" line="143" />
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../src/app/InputsPanel.cpp" line="144" />
        <source>Forget the recent files.</source>
        <translation>清除最近文件列表。</translation>
    </message>
    <message>
        <location filename="../../src/app/InputsPanel.cpp" line="145" />
        <source>Samples (double-click to open)</source>
        <translation>示例（双击打开）</translation>
    </message>
    <message>
        <location filename="../../src/app/InputsPanel.cpp" line="146" />
        <source>Samples: none installed</source>
        <translation>示例：未安装</translation>
    </message>
    <message>
        <location filename="../../src/app/InputsPanel.cpp" line="147" />
        <source>Samples of “%1” (double-click to open)</source>
        <translation>“%1”的示例（双击打开）</translation>
    </message>
</context>
<context>
    <name>al::Intervention</name>
    <message>
        <location filename="../../src/core/explain/Intervention.cpp" line="48" />
        <source>The attention mask must be a non-empty one-channel image.</source>
        <translation>注意力掩膜必须是非空的单通道图像。</translation>
    </message>
    <message>
        <location filename="../../src/core/explain/Intervention.cpp" line="62" />
        <source>Interventions need an 8-bit grey or BGR image.</source>
        <translation>干预需要 8 位灰度或 BGR 图像。</translation>
    </message>
    <message>
        <location filename="../../src/core/explain/Intervention.cpp" line="65" />
        <source>Model '%1': interventions support one-channel inputs with resize "stretch" only.</source>
        <translation>模型“%1”：干预只支持缩放方式为 "stretch" 的单通道输入。</translation>
    </message>
    <message>
        <location filename="../../src/core/explain/Intervention.cpp" line="123" />
        <source>Unknown attention intervention '%1'; use uniform, inverted, random[:SEED], shift:DX,DY or mask:FILE.</source>
        <translation>未知的注意力干预“%1”；请使用 uniform、inverted、random[:SEED]、shift:DX,DY 或 mask:FILE。</translation>
    </message>
    <message>
        <location filename="../../src/core/explain/Intervention.cpp" line="151" />
        <source>The attention map to intervene on must be a non-empty float map.</source>
        <translation>要干预的注意力图必须是非空的浮点图。</translation>
    </message>
    <message>
        <location filename="../../src/core/explain/Intervention.cpp" line="181" />
        <source>Model '%1' has no staged graph ("stages" in model.json), so its attention cannot be replaced; digits-cbam has one.</source>
        <translation>模型“%1”没有分阶段的计算图（model.json 中的 "stages"），因此无法替换它的注意力；digits-cbam 有。</translation>
    </message>
    <message>
        <location filename="../../src/core/explain/Intervention.cpp" line="187" />
        <source>Model '%1' is not an image model.</source>
        <translation>模型“%1”不是图像模型。</translation>
    </message>
    <message>
        <location filename="../../src/core/explain/Intervention.cpp" line="193" />
        <source>Model package '%1': OpenCV cannot import %2: %3</source>
        <translation>模型包“%1”：OpenCV 无法导入 %2：%3</translation>
    </message>
    <message>
        <location filename="../../src/core/explain/Intervention.cpp" line="213" />
        <location filename="../../src/core/explain/InterventionDataset.cpp" line="40" />
        <source>Model '%1' has stages 1 to %2; stage %3 does not exist.</source>
        <translation>模型“%1”有第 1 到第 %2 阶段；第 %3 阶段不存在。</translation>
    </message>
    <message>
        <location filename="../../src/core/explain/Intervention.cpp" line="221" />
        <source>The replacement attention for stage %1 must be a %2 x %3 float map.</source>
        <translation>第 %1 阶段的替换注意力必须是 %2 x %3 的浮点图。</translation>
    </message>
    <message>
        <location filename="../../src/core/explain/Intervention.cpp" line="244" />
        <source>Model '%1': OpenCV DNN failed on the staged graph: %2</source>
        <translation>模型“%1”：OpenCV DNN 运行分阶段计算图失败：%2</translation>
    </message>
    <message>
        <location filename="../../src/core/explain/InterventionDataset.cpp" line="36" />
        <source>Unknown dataset '%1'; known: %2</source>
        <translation>未知数据集“%1”；已知：%2</translation>
    </message>
    <message>
        <location filename="../../src/core/explain/InterventionDataset.cpp" line="55" />
        <source>Interventions</source>
        <translation>干预</translation>
    </message>
</context>
<context>
    <name>al::InterventionPanel</name>
    <message>
        <location filename="../../src/app/explain/InterventionPanel.cpp" line="204" />
        <source>Running the network with the replaced attention...</source>
        <translation>正在用替换后的注意力运行网络…</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/InterventionPanel.cpp" line="296" />
        <source>Uniform (same mean, no "where")</source>
        <translation>均匀（均值相同，没有“位置”信息）</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/InterventionPanel.cpp" line="296" />
        <source>Inverted (1 - attention)</source>
        <translation>反转（1 - 注意力）</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/InterventionPanel.cpp" line="297" />
        <source>Shifted by (dx, dy) cells</source>
        <translation>平移 (dx, dy) 个格子</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/InterventionPanel.cpp" line="297" />
        <source>Random map</source>
        <translation>随机图</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/InterventionPanel.cpp" line="297" />
        <source>Paint a mask</source>
        <translation>绘制掩膜</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/InterventionPanel.cpp" line="299" />
        <source>Shift (dx, dy) in grid cells:</source>
        <translation>平移 (dx, dy)，以网格格子为单位：</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/InterventionPanel.cpp" line="300" />
        <source>Seed:</source>
        <translation>种子：</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/InterventionPanel.cpp" line="301" />
        <source>Brush radius (cells; right button erases):</source>
        <translation>画笔半径（格子；右键擦除）：</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/InterventionPanel.cpp" line="302" />
        <source>Clear mask</source>
        <translation>清除掩膜</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/InterventionPanel.cpp" line="303" />
        <source>Run intervention</source>
        <translation>运行干预</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/InterventionPanel.cpp" line="304" />
        <source>with its own attention</source>
        <translation>使用它自己的注意力</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/InterventionPanel.cpp" line="305" />
        <source>with the replaced attention</source>
        <translation>使用替换后的注意力</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/InterventionPanel.cpp" line="306" />
        <source>Predictions before and after</source>
        <translation>干预前后的预测</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/InterventionPanel.cpp" line="307" />
        <source>Test-set accuracy under each intervention (model card)</source>
        <translation>各种干预下的测试集准确率（模型卡）</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/InterventionPanel.cpp" line="308" />
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/InterventionPanel.cpp" line="309" />
        <source>Probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/InterventionPanel.cpp" line="311" />
        <source>This model has no staged graph, so its attention cannot be replaced.</source>
        <translation>该模型没有分阶段的计算图，因此无法替换它的注意力。</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/InterventionPanel.cpp" line="313" />
        <source>The intervention failed: %1</source>
        <translation>干预失败：%1</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/InterventionPanel.cpp" line="316" />
        <source>Replace the stage-%1 spatial attention and run the rest of the network: does the prediction change?</source>
        <translation>替换第 %1 阶段的空间注意力并运行网络的其余部分：预测会改变吗？</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/InterventionPanel.cpp" line="321" />
        <source>The top prediction changed: the model relied on where it looked.</source>
        <translation>最高预测改变了：模型依赖于它看的位置。</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/InterventionPanel.cpp" line="322" />
        <source>The top prediction stayed the same; compare the bars for how confident it is now.</source>
        <translation>最高预测没有改变；比较柱状图看看它现在有多大把握。</translation>
    </message>
</context>
<context>
    <name>al::KioskConfig</name>
    <message>
        <location filename="../../src/app/kiosk/KioskConfig.cpp" line="60" />
        <source>%1: %2 = “%3” is not a number of seconds between 0.05 and 86400.</source>
        <translation>%1：%2 = “%3” 不是 0.05 到 86400 之间的秒数。</translation>
    </message>
    <message>
        <location filename="../../src/app/kiosk/KioskConfig.cpp" line="69" />
        <source>%1: unknown setting “%2”. Known settings: %3.</source>
        <translation>%1：未知设置“%2”。已知设置：%3。</translation>
    </message>
    <message>
        <location filename="../../src/app/kiosk/KioskConfig.cpp" line="79" />
        <source>%1: kiosk/languages is empty; write en, zh_CN or both.</source>
        <translation>%1：kiosk/languages 为空；请填写 en、zh_CN 或两者。</translation>
    </message>
    <message>
        <location filename="../../src/app/kiosk/KioskConfig.cpp" line="84" />
        <source>%1: kiosk/languages has “%2”; supported are %3.</source>
        <translation>%1：kiosk/languages 含有“%2”；支持的语言为 %3。</translation>
    </message>
    <message>
        <location filename="../../src/app/kiosk/KioskConfig.cpp" line="90" />
        <source>%1: kiosk/language “%2” is not one of kiosk/languages (%3).</source>
        <translation>%1：kiosk/language“%2”不在 kiosk/languages（%3）之中。</translation>
    </message>
    <message>
        <location filename="../../src/app/kiosk/KioskConfig.cpp" line="101" />
        <source>%1: exit/pin_sha256 must be 64 hex digits, e.g. the output of “printf %s 1234 | sha256sum”.</source>
        <translation>%1：exit/pin_sha256 必须是 64 位十六进制数字，例如“printf %s 1234 | sha256sum”的输出。</translation>
    </message>
    <message>
        <location filename="../../src/app/kiosk/KioskConfig.cpp" line="110" />
        <source>%1: exit/keys = “%2” is not one key combination such as Ctrl+Alt+Shift+Q.</source>
        <translation>%1：exit/keys = “%2” 不是一个组合键（例如 Ctrl+Alt+Shift+Q）。</translation>
    </message>
    <message>
        <location filename="../../src/app/kiosk/KioskConfig.cpp" line="115" />
        <source>%1: no way to leave the kiosk: set exit/pin_sha256, exit/keys or both.</source>
        <translation>%1：没有退出展台模式的方式：请设置 exit/pin_sha256、exit/keys 或两者。</translation>
    </message>
    <message>
        <location filename="../../src/app/kiosk/KioskConfig.cpp" line="131" />
        <source>Kiosk configuration “%1” does not exist or cannot be read; pass an INI file with --kiosk-config (see packaging/kiosk/kiosk.ini).</source>
        <translation>展台配置“%1”不存在或无法读取；请用 --kiosk-config 指定一个 INI 文件（参见 packaging/kiosk/kiosk.ini）。</translation>
    </message>
    <message>
        <location filename="../../src/app/kiosk/KioskConfig.cpp" line="138" />
        <source>%1 is not a valid INI file; check the [section] lines and key = value pairs.</source>
        <translation>%1 不是有效的 INI 文件；请检查 [section] 行和 key = value 键值对。</translation>
    </message>
    <message>
        <location filename="../../src/app/kiosk/KioskConfig.cpp" line="150" />
        <source>%1: kiosk/content “%2” is not a folder; point it at a folder of photos or remove the line to use the bundled samples.</source>
        <translation>%1：kiosk/content“%2”不是文件夹；请指向一个照片文件夹，或删除这一行以使用自带的示例。</translation>
    </message>
    <message>
        <location filename="../../src/app/kiosk/KioskConfig.cpp" line="159" />
        <source>%1: kiosk/demos has “%2”; write any of %3.</source>
        <translation>%1：kiosk/demos 含有“%2”；请填写 %3 中的任意项。</translation>
    </message>
    <message>
        <location filename="../../src/app/kiosk/KioskConfig.cpp" line="164" />
        <source>%1: kiosk/demos is empty; list at least one demo.</source>
        <translation>%1：kiosk/demos 为空；请至少列出一个演示。</translation>
    </message>
    <message>
        <location filename="../../src/app/kiosk/KioskConfig.cpp" line="169" />
        <source>%1: kiosk/attract has “%2”, which is not in kiosk/demos (%3).</source>
        <translation>%1：kiosk/attract 中的“%2”不在 kiosk/demos（%3）中。</translation>
    </message>
    <message>
        <location filename="../../src/app/kiosk/KioskConfig.cpp" line="193" />
        <source>%1: no loaded plugin offers the model “%2” (models/saliency or models/digits). Available: %3.</source>
        <translation>%1：没有已加载的插件提供模型“%2”（models/saliency 或 models/digits）。可用的有：%3。</translation>
    </message>
</context>
<context>
    <name>al::KioskFileChooser</name>
    <message>
        <location filename="../../src/app/kiosk/KioskFileChooser.cpp" line="126" />
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../src/app/kiosk/KioskFileChooser.cpp" line="127" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../src/app/kiosk/KioskFileChooser.cpp" line="132" />
        <source>There are no files to choose from here. Ask the staff to add some.</source>
        <translation>这里没有可选择的文件。请联系工作人员添加。</translation>
    </message>
    <message>
        <location filename="../../src/app/kiosk/KioskFileChooser.cpp" line="133" />
        <source>There are no %1 files to choose from here. Ask the staff to add some.</source>
        <translation>这里没有可选择的 %1 文件。请联系工作人员添加。</translation>
    </message>
</context>
<context>
    <name>al::KioskWindow</name>
    <message>
        <location filename="../../src/app/kiosk/KioskWindow.cpp" line="178" />
        <source>Attention in sentences</source>
        <translation>句子中的注意力</translation>
    </message>
    <message>
        <location filename="../../src/app/kiosk/KioskWindow.cpp" line="179" />
        <source>See which words a language model links together.</source>
        <translation>看看语言模型把哪些词联系在一起。</translation>
    </message>
    <message>
        <location filename="../../src/app/kiosk/KioskWindow.cpp" line="182" />
        <source>Fingerprints</source>
        <translation>指纹</translation>
    </message>
    <message>
        <location filename="../../src/app/kiosk/KioskWindow.cpp" line="183" />
        <source>See which ridges and minutiae a fingerprint model attends to.</source>
        <translation>看看指纹模型关注哪些脊线和细节点。</translation>
    </message>
    <message>
        <location filename="../../src/app/kiosk/KioskWindow.cpp" line="336" />
        <source>AttentionLens: how machines pay attention</source>
        <translation>AttentionLens：机器如何集中注意力</translation>
    </message>
    <message>
        <location filename="../../src/app/kiosk/KioskWindow.cpp" line="337" />
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../../src/app/kiosk/KioskWindow.cpp" line="340" />
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../src/app/kiosk/KioskWindow.cpp" line="341" />
        <source>Touch the screen to start</source>
        <translation>触摸屏幕开始</translation>
    </message>
</context>
<context>
    <name>al::MainWindow</name>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="252" />
        <source>About AttentionLens</source>
        <translation>关于 AttentionLens</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="253" />
        <source>&lt;b&gt;AttentionLens %1&lt;/b&gt;&lt;p&gt;See and explain attention maps of neural networks and classical saliency models.&lt;/p&gt;</source>
        <translation>&lt;b&gt;AttentionLens %1&lt;/b&gt;&lt;p&gt;查看并解释神经网络的注意力图和经典显著性模型。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="292" />
        <source>Run cancelled.</source>
        <translation>运行已取消。</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="311" />
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="311" />
        <source>Model and parameters</source>
        <translation>模型与参数</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="311" />
        <source>Maps</source>
        <translation>图列表</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="311" />
        <source>Display</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="312" />
        <source>Histogram</source>
        <translation>直方图</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="312" />
        <source>Predictions</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="312" />
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="315" />
        <source>Overlay</source>
        <translation>叠加</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="316" />
        <source>The image with the selected map</source>
        <translation>叠加了所选图的图像</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="317" />
        <source>Heads</source>
        <translation>注意力头</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="319" />
        <source>Every layer and head of an attention model at a glance; click one to show it over the image</source>
        <translation>一览注意力模型的每一层、每个头；单击其中一个即可将其叠加到图像上</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="321" />
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="322" />
        <source>How the attention is computed, step by step</source>
        <translation>注意力是如何一步一步计算出来的</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="323" />
        <source>Guided tour</source>
        <translation>导览</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="324" />
        <source>A step-by-step walk through where a model looks, how and why</source>
        <translation>一步一步地看模型在看哪里、怎么看、为什么</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="325" />
        <location filename="../../src/app/MainWindow.cpp" line="537" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="326" />
        <source>Save the overlay, the map or the result as a file</source>
        <translation>将叠加图、图或结果保存为文件</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="327" />
        <location filename="../../src/app/MainWindow.cpp" line="560" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="328" />
        <source>Switch the interface language</source>
        <translation>切换界面语言</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="374" />
        <source>Open image</source>
        <translation>打开图像</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="385" />
        <source>Cannot open image</source>
        <translation>无法打开图像</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="386" />
        <source>Could not open “%1”.

%2

Choose another image (PNG, JPEG, BMP, TIFF, WebP or PNM) or check that the file is complete.</source>
        <translation>无法打开“%1”。

%2

请选择其他图像（PNG、JPEG、BMP、TIFF、WebP 或 PNM），或检查文件是否完整。</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="395" />
        <source>%1 — AttentionLens</source>
        <translation>%1 — AttentionLens</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="397" />
        <source>Opened %1 (%2×%3).</source>
        <translation>已打开 %1（%2×%3）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/MainWindow.cpp" line="444" />
        <source>%1 finished: %n map(s).</source>
        <translation>
            <numerusform>%1 已完成：共 %n 张图。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="450" />
        <source>Run failed.</source>
        <translation>运行失败。</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="453" />
        <source>The plugin failed. Try other parameters or another model; Tools ▸ Plugins… lists the plugins and their problems.</source>
        <translation>插件出错。请尝试其他参数或其他模型；“工具 ▸ 插件…”列出了各插件及其问题。</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="455" />
        <source>Check the image and the parameters, then run again.</source>
        <translation>请检查图像和参数，然后重新运行。</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="456" />
        <source>Run failed</source>
        <translation>运行失败</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="457" />
        <source>The model “%1” could not process “%2”.

%3

%4</source>
        <translation>模型“%1”无法处理“%2”。

%3

%4</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="505" />
        <source>x %1, y %2</source>
        <translation>x %1，y %2</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="510" />
        <source> · value %1</source>
        <translation> · 值 %1</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="510" />
        <source> · outside the map</source>
        <translation> · 在图的范围之外</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="535" />
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="535" />
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="549" />
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="550" />
        <source>Could not write “%1”.

%2

Choose another folder or free some disk space.</source>
        <translation>无法写入“%1”。

%2

请选择其他文件夹或释放一些磁盘空间。</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="554" />
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="560" />
        <source>The translation “%1” is missing from this build; the interface stays in English.</source>
        <translation>此版本缺少“%1”翻译；界面将保持英文。</translation>
    </message>
</context>
<context>
    <name>al::MapListPanel</name>
    <message>
        <location filename="../../src/app/MapListPanel.cpp" line="42" />
        <source>%1×%2</source>
        <translation>%1×%2</translation>
    </message>
    <message>
        <location filename="../../src/app/MapListPanel.cpp" line="49" />
        <source>Range %1 … %2, mean %3</source>
        <translation>范围 %1 … %2，平均 %3</translation>
    </message>
    <message>
        <location filename="../../src/app/MapListPanel.cpp" line="72" />
        <source>Other maps</source>
        <translation>其他图</translation>
    </message>
    <message>
        <location filename="../../src/app/MapListPanel.cpp" line="126" />
        <source>Map</source>
        <translation>图</translation>
    </message>
    <message>
        <location filename="../../src/app/MapListPanel.cpp" line="126" />
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../src/app/MapListPanel.cpp" line="129" />
        <source>Run a model to list its maps.</source>
        <translation>运行模型后将在此列出其输出的图。</translation>
    </message>
</context>
<context>
    <name>al::MatrixViewWidget</name>
    <message>
        <location filename="../../src/app/text/MatrixViewWidget.cpp" line="52" />
        <source>query %1 '%2' → key %3 '%4': %5</source>
        <translation>查询 %1“%2”→ 键 %3“%4”：%5</translation>
    </message>
</context>
<context>
    <name>al::ModelCardDialog</name>
    <message>
        <location filename="../../src/app/ModelCardDialog.cpp" line="26" />
        <source>whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <location filename="../../src/app/ModelCardDialog.cpp" line="28" />
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../src/app/ModelCardDialog.cpp" line="30" />
        <source>on/off</source>
        <translation>开/关</translation>
    </message>
    <message>
        <location filename="../../src/app/ModelCardDialog.cpp" line="32" />
        <source>choice</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../src/app/ModelCardDialog.cpp" line="41" />
        <source>%1 to %2</source>
        <translation>%1 到 %2</translation>
    </message>
    <message>
        <location filename="../../src/app/ModelCardDialog.cpp" line="55" />
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../src/app/ModelCardDialog.cpp" line="56" />
        <source>Plugin</source>
        <translation>插件</translation>
    </message>
    <message>
        <location filename="../../src/app/ModelCardDialog.cpp" line="57" />
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../../src/app/ModelCardDialog.cpp" line="61" />
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../src/app/ModelCardDialog.cpp" line="63" />
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <location filename="../../src/app/ModelCardDialog.cpp" line="68" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/app/ModelCardDialog.cpp" line="68" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/app/ModelCardDialog.cpp" line="68" />
        <source>Allowed</source>
        <translation>允许值</translation>
    </message>
    <message>
        <location filename="../../src/app/ModelCardDialog.cpp" line="69" />
        <source>Default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <location filename="../../src/app/ModelCardDialog.cpp" line="69" />
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <location filename="../../src/app/ModelCardDialog.cpp" line="102" />
        <source>Model package</source>
        <translation>模型包</translation>
    </message>
    <message>
        <location filename="../../src/app/ModelCardDialog.cpp" line="103" />
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../src/app/ModelCardDialog.cpp" line="105" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../src/app/ModelCardDialog.cpp" line="110" />
        <source>(recipe version %1)</source>
        <translation>（配方版本 %1）</translation>
    </message>
    <message>
        <location filename="../../src/app/ModelCardDialog.cpp" line="112" />
        <source>Data recipe</source>
        <translation>数据配方</translation>
    </message>
    <message>
        <location filename="../../src/app/ModelCardDialog.cpp" line="115" />
        <source>Data generator</source>
        <translation>数据生成器</translation>
    </message>
    <message>
        <location filename="../../src/app/ModelCardDialog.cpp" line="120" />
        <source>Training command</source>
        <translation>训练命令</translation>
    </message>
    <message>
        <location filename="../../src/app/ModelCardDialog.cpp" line="122" />
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../src/app/ModelCardDialog.cpp" line="127" />
        <source>Metric: %1</source>
        <translation>指标：%1</translation>
    </message>
    <message>
        <location filename="../../src/app/ModelCardDialog.cpp" line="154" />
        <source>card.json field</source>
        <translation>card.json 字段</translation>
    </message>
    <message>
        <location filename="../../src/app/ModelCardDialog.cpp" line="154" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../src/app/ModelCardDialog.cpp" line="165" />
        <source>Model card: %1</source>
        <translation>模型卡片：%1</translation>
    </message>
</context>
<context>
    <name>al::ModelPackage</name>
    <message>
        <location filename="../../src/core/explain/InterventionManifest.cpp" line="17" />
        <location filename="../../src/core/ModelPackage.cpp" line="30" />
        <location filename="../../src/core/text/TextManifest.cpp" line="27" />
        <location filename="../../src/core/text/TextManifest.cpp" line="124" />
        <source>model.json of '%1': field '%2' %3</source>
        <translation>“%1”的 model.json：字段“%2”%3</translation>
    </message>
    <message>
        <location filename="../../src/core/explain/InterventionManifest.cpp" line="26" />
        <location filename="../../src/core/ModelPackage.cpp" line="38" />
        <location filename="../../src/core/text/TextManifest.cpp" line="33" />
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../src/core/explain/InterventionManifest.cpp" line="30" />
        <location filename="../../src/core/explain/InterventionManifest.cpp" line="88" />
        <location filename="../../src/core/ModelPackage.cpp" line="44" />
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <location filename="../../src/core/explain/InterventionManifest.cpp" line="38" />
        <source>must be a positive whole number</source>
        <translation>必须是正整数</translation>
    </message>
    <message>
        <location filename="../../src/core/explain/InterventionManifest.cpp" line="54" />
        <source>Stage %1</source>
        <translation>第 %1 阶段</translation>
    </message>
    <message>
        <location filename="../../src/core/explain/InterventionManifest.cpp" line="105" />
        <source>must be %1 (stages are numbered from 1, in order)</source>
        <translation>必须是 %1（阶段从 1 开始按顺序编号）</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelPackage.cpp" line="53" />
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelPackage.cpp" line="59" />
        <location filename="../../src/core/text/TextManifest.cpp" line="52" />
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelPackage.cpp" line="65" />
        <source>is '%1'; expected one of: %2</source>
        <translation>为“%1”；应为以下之一：%2</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelPackage.cpp" line="72" />
        <source>must be an array of whole numbers</source>
        <translation>必须是整数数组</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelPackage.cpp" line="76" />
        <source>must be an array of positive whole numbers</source>
        <translation>必须是正整数数组</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelPackage.cpp" line="85" />
        <location filename="../../src/core/ModelPackage.cpp" line="89" />
        <source>must be an array of numbers</source>
        <translation>必须是数字数组</translation>
    </message>
    <message>
        <location filename="../../src/core/explain/InterventionManifest.cpp" line="96" />
        <location filename="../../src/core/ModelPackage.cpp" line="97" />
        <source>must be an array</source>
        <translation>必须是数组</translation>
    </message>
    <message>
        <location filename="../../src/core/explain/InterventionManifest.cpp" line="101" />
        <location filename="../../src/core/ModelPackage.cpp" line="103" />
        <location filename="../../src/core/ModelPackage.cpp" line="109" />
        <location filename="../../src/core/text/TextManifest.cpp" line="58" />
        <location filename="../../src/core/text/TextManifest.cpp" line="125" />
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelPackage.cpp" line="124" />
        <location filename="../../src/core/ModelPackage.cpp" line="260" />
        <source>Model package '%1': cannot read %2: %3</source>
        <translation>模型包“%1”：无法读取 %2：%3</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelPackage.cpp" line="130" />
        <source>Model package '%1': %2 is not a JSON object (%3 at offset %4)</source>
        <translation>模型包“%1”：%2 不是 JSON 对象（偏移 %4 处：%3）</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelPackage.cpp" line="143" />
        <source>must be [1, C, H, W] with batch 1 and C = 1 or 3</source>
        <translation>必须为 [1, C, H, W]，批大小为 1，且 C = 1 或 3</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelPackage.cpp" line="154" />
        <source>'%1' does not match %2 input channel(s)</source>
        <translation>“%1”与 %2 个输入通道不匹配</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelPackage.cpp" line="162" />
        <source>must have %1 value(s)</source>
        <translation>必须有 %1 个值</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelPackage.cpp" line="166" />
        <source>must have %1 positive value(s)</source>
        <translation>必须有 %1 个正值</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelPackage.cpp" line="187" />
        <source>must be at least 1</source>
        <translation>必须至少为 1</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelPackage.cpp" line="192" />
        <source>must index an axis of 'shape' of size heads (%1)</source>
        <translation>必须指向“shape”中大小等于头数（%1）的轴</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelPackage.cpp" line="205" />
        <source>must give rows and cols for a %1 map</source>
        <translation>必须为 %1 图给出 rows 和 cols</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelPackage.cpp" line="236" />
        <source>names '%1', which is not a token-to-token attention output</source>
        <translation>指向“%1”，但它不是词元到词元的注意力输出</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelPackage.cpp" line="244" />
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelPackage.cpp" line="275" />
        <location filename="../../src/core/text/TextManifest.cpp" line="140" />
        <source>names '%1', which does not exist</source>
        <translation>指向“%1”，但它不存在</translation>
    </message>
    <message>
        <location filename="../../src/core/explain/InterventionManifest.cpp" line="74" />
        <location filename="../../src/core/ModelPackage.cpp" line="286" />
        <source>names '%1', which is not in 'outputs'</source>
        <translation>指向“%1”，但它不在“outputs”中</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelPackage.cpp" line="296" />
        <source>lists a name twice</source>
        <translation>重复列出了同一名称</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelPackage.cpp" line="305" />
        <source>Model package folder '%1' does not exist</source>
        <translation>模型包文件夹“%1”不存在</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelPackage.cpp" line="314" />
        <source>must be "attentionlens-model"</source>
        <translation>必须为 "attentionlens-model"</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelPackage.cpp" line="317" />
        <source>is not supported by this AttentionLens (expected 1)</source>
        <translation>不受此版本 AttentionLens 支持（应为 1）</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelPackage.cpp" line="323" />
        <source>must be lower-case letters, digits, '.' and '-'</source>
        <translation>只能包含小写字母、数字、“.”和“-”</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelPackage.cpp" line="380" />
        <source>names '%1', which is not an attention output</source>
        <translation>指向“%1”，但它不是注意力输出</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelPackage.cpp" line="384" />
        <source>is "rollout" but the manifest has no 'rollout'</source>
        <translation>为 "rollout"，但清单中没有“rollout”</translation>
    </message>
    <message>
        <location filename="../../src/core/text/TextManifest.cpp" line="39" />
        <source>must be a non-empty string</source>
        <translation>必须是非空字符串</translation>
    </message>
    <message>
        <location filename="../../src/core/text/TextManifest.cpp" line="46" />
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <location filename="../../src/core/text/TextManifest.cpp" line="73" />
        <source>is required</source>
        <translation>是必需的</translation>
    </message>
    <message>
        <location filename="../../src/core/text/TextManifest.cpp" line="81" />
        <source>says '%1' has id %2, but line %3 of the vocabulary is not '%1'</source>
        <translation>声称“%1”的编号是 %2，但词表第 %3 行不是“%1”</translation>
    </message>
    <message>
        <location filename="../../src/core/text/TextManifest.cpp" line="93" />
        <source>must be [1, T] with batch 1 and T &gt;= 1</source>
        <translation>必须是 [1, T]，批大小为 1 且 T &gt;= 1</translation>
    </message>
    <message>
        <location filename="../../src/core/text/TextManifest.cpp" line="96" />
        <source>must be "token-ids"</source>
        <translation>必须是 "token-ids"</translation>
    </message>
    <message>
        <location filename="../../src/core/text/TextManifest.cpp" line="134" />
        <source>is '%1'; expected one of: word, wordpiece</source>
        <translation>为“%1”；应为以下之一：word、wordpiece</translation>
    </message>
    <message>
        <location filename="../../src/core/text/TextManifest.cpp" line="144" />
        <source>is %1 but %2 has %3 lines</source>
        <translation>为 %1，但 %2 有 %3 行</translation>
    </message>
    <message>
        <location filename="../../src/core/text/TextManifest.cpp" line="152" />
        <source>is %1 but the input shape is [1, %2]</source>
        <translation>为 %1，但输入形状是 [1, %2]</translation>
    </message>
    <message>
        <location filename="../../src/core/text/TextManifest.cpp" line="156" />
        <source>must be "end"</source>
        <translation>必须是 "end"</translation>
    </message>
    <message>
        <location filename="../../src/core/text/TextManifest.cpp" line="168" />
        <source>is '%1'; expected one of: in-graph, input</source>
        <translation>为“%1”；应为以下之一：in-graph、input</translation>
    </message>
</context>
<context>
    <name>al::ModelPanel</name>
    <message>
        <location filename="../../src/app/ModelPanel.cpp" line="58" />
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../src/app/ModelPanel.cpp" line="59" />
        <source>Model card…</source>
        <translation>模型卡片…</translation>
    </message>
    <message>
        <location filename="../../src/app/ModelPanel.cpp" line="60" />
        <source>What the model does, its inputs and every parameter</source>
        <translation>模型的作用、输入以及所有参数</translation>
    </message>
    <message>
        <location filename="../../src/app/ModelPanel.cpp" line="131" />
        <source>No models are available. Open Plugins… to see which plugins were found and why they failed, or start with --plugin-dir to add a folder.</source>
        <translation>没有可用的模型。打开“插件…”查看找到了哪些插件以及失败原因，或使用 --plugin-dir 启动以添加插件文件夹。</translation>
    </message>
</context>
<context>
    <name>al::ModelTypes</name>
    <message>
        <location filename="../../src/core/ModelTypes.cpp" line="29" />
        <source>at least %1</source>
        <translation>至少 %1</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelTypes.cpp" line="30" />
        <source>at most %1</source>
        <translation>至多 %1</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelTypes.cpp" line="35" />
        <source>Parameter '%1' expects %2, got '%3'.</source>
        <translation>参数“%1”需要%2，实际为“%3”。</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelTypes.cpp" line="70" />
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelTypes.cpp" line="88" />
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelTypes.cpp" line="110" />
        <source>true or false (also 1/0, yes/no, on/off)</source>
        <translation>true 或 false（也可用 1/0、yes/no、on/off）</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelTypes.cpp" line="118" />
        <source>Parameter '%1' must be one of %2, got '%3'.</source>
        <translation>参数“%1”必须是 %2 之一，实际为“%3”。</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelTypes.cpp" line="131" />
        <source>Parameter '%1' = %2 is out of range; allowed: %3.</source>
        <translation>参数“%1” = %2 超出范围；允许：%3。</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelTypes.cpp" line="196" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelTypes.cpp" line="200" />
        <source>Unknown parameter '%1' for this model; known: %2</source>
        <translation>此模型没有参数“%1”；已知参数：%2</translation>
    </message>
    <message>
        <location filename="../../src/core/ModelTypes.cpp" line="221" />
        <source>Malformed parameter assignment '%1'; expected name=value, e.g. sigma=2.5</source>
        <translation>参数赋值“%1”格式错误；应为 名称=值，例如 sigma=2.5</translation>
    </message>
</context>
<context>
    <name>al::NonLocalMeans</name>
    <message>
        <location filename="../../src/core/explain/NonLocalMeans.cpp" line="26" />
        <source>non-local means: %1 must be a non-empty 8-bit grey or colour image</source>
        <translation>非局部均值：%1 必须是非空的 8 位灰度或彩色图像</translation>
    </message>
    <message>
        <location filename="../../src/core/explain/NonLocalMeans.cpp" line="32" />
        <source>non-local means: the patch radius must be in 0..15, not %1</source>
        <translation>非局部均值：图块半径必须在 0..15 之间，而不是 %1</translation>
    </message>
    <message>
        <location filename="../../src/core/explain/NonLocalMeans.cpp" line="35" />
        <source>non-local means: the search radius must be in 1..30, not %1</source>
        <translation>非局部均值：搜索半径必须在 1..30 之间，而不是 %1</translation>
    </message>
    <message>
        <location filename="../../src/core/explain/NonLocalMeans.cpp" line="41" />
        <source>non-local means: h must be a positive number, not %1</source>
        <translation>非局部均值：h 必须是正数，而不是 %1</translation>
    </message>
    <message>
        <location filename="../../src/core/explain/NonLocalMeans.cpp" line="115" />
        <source>non-local means: the pixel (%1, %2) is outside the %3x%4 image</source>
        <translation>非局部均值：像素 (%1, %2) 在 %3x%4 的图像之外</translation>
    </message>
    <message>
        <location filename="../../src/core/explain/NonLocalMeans.cpp" line="163" />
        <source>noise: sigma must be zero or positive, not %1</source>
        <translation>噪声：sigma 必须为零或正数，而不是 %1</translation>
    </message>
    <message>
        <location filename="../../src/core/explain/NonLocalMeans.cpp" line="176" />
        <source>PSNR: the two images must have the same size and type</source>
        <translation>PSNR：两幅图像的尺寸和类型必须相同</translation>
    </message>
    <message>
        <location filename="../../src/core/explain/NonLocalMeans.cpp" line="189" />
        <source>PSNR: the clean and the noisy image must have the same size and type</source>
        <translation>PSNR：干净图像与含噪图像的尺寸和类型必须相同</translation>
    </message>
    <message>
        <location filename="../../src/core/explain/NonLocalMeans.cpp" line="192" />
        <source>PSNR curve: give at least one value of h</source>
        <translation>PSNR 曲线：请至少给出一个 h 值</translation>
    </message>
</context>
<context>
    <name>al::NonLocalMeansView</name>
    <message>
        <location filename="../../src/app/explain/NonLocalMeansView.cpp" line="182" />
        <source>Patch radius</source>
        <translation>图块半径</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/NonLocalMeansView.cpp" line="183" />
        <source>Temperature h</source>
        <translation>温度 h</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/NonLocalMeansView.cpp" line="185" />
        <source>h sets how similar a patch must be to count: small h trusts only near-identical patches, large h averages over everything.</source>
        <translation>h 决定一个图块要多相似才算数：h 小时只信任几乎相同的图块，h 大时对所有图块求平均。</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/NonLocalMeansView.cpp" line="187" />
        <source>Noisy image, σ =</source>
        <translation>含噪图像，σ =</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/NonLocalMeansView.cpp" line="188" />
        <source>Image (click a pixel)</source>
        <translation>图像（点击一个像素）</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/NonLocalMeansView.cpp" line="189" />
        <source>Weights over all patches (√w)</source>
        <translation>所有图块上的权重（√w）</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/NonLocalMeansView.cpp" line="190" />
        <source>Denoised with the current h</source>
        <translation>用当前 h 去噪的结果</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/NonLocalMeansView.cpp" line="191" />
        <source>PSNR of the denoised image against the clean one</source>
        <translation>去噪图像相对干净图像的 PSNR</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/NonLocalMeansView.cpp" line="192" />
        <source>non-local means</source>
        <translation>非局部均值</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/NonLocalMeansView.cpp" line="193" />
        <source>noisy input</source>
        <translation>含噪输入</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/NonLocalMeansView.cpp" line="194" />
        <source>current h</source>
        <translation>当前 h</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/NonLocalMeansView.cpp" line="195" />
        <source>h (grey levels)</source>
        <translation>h（灰度级）</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/NonLocalMeansView.cpp" line="196" />
        <source>PSNR (dB)</source>
        <translation>PSNR（dB）</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/NonLocalMeansView.cpp" line="197" />
        <source>Non-local means (Buades, Coll &amp;amp; Morel 2005) is self-attention with patches as queries and keys: &lt;i&gt;w(p,q) = exp(−‖P(p) − P(q)‖² / h²) / Z&lt;/i&gt;, output = Σ &lt;i&gt;w(p,q) I(q)&lt;/i&gt;. Wang et al. (2018) put this operation into deep networks.</source>
        <translation>非局部均值（Buades、Coll &amp;amp; Morel 2005）是以图块作为查询和键的自注意力：&lt;i&gt;w(p,q) = exp(−‖P(p) − P(q)‖² / h²) / Z&lt;/i&gt;，输出 = Σ &lt;i&gt;w(p,q) I(q)&lt;/i&gt;。Wang 等（2018）把这一运算放进了深度网络。</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/NonLocalMeansView.cpp" line="285" />
        <source>Pixel (%1, %2): value %3 → weighted average %4 · entropy of the weights %5 nats (uniform: %6)</source>
        <translation>像素 (%1, %2)：值 %3 → 加权平均 %4 · 权重的熵 %5 nats（均匀分布：%6）</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/NonLocalMeansView.cpp" line="309" />
        <location filename="../../src/app/explain/NonLocalMeansView.cpp" line="342" />
        <source>computing…</source>
        <translation>计算中…</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/NonLocalMeansView.cpp" line="337" />
        <source>PSNR: noisy %1 dB → denoised %2 dB</source>
        <translation>PSNR：含噪 %1 dB → 去噪后 %2 dB</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/NonLocalMeansView.cpp" line="387" />
        <source>x %1, y %2 · value %3 · patch distance %4 · weight %5</source>
        <translation>x %1，y %2 · 值 %3 · 图块距离 %4 · 权重 %5</translation>
    </message>
</context>
<context>
    <name>al::Onnx</name>
    <message>
        <location filename="../../plugins/onnx/Preprocess.cpp" line="34" />
        <source>The model needs a colour (BGR, 8-bit) image.</source>
        <translation>该模型需要彩色（BGR，8 位）图像。</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxPlugin.cpp" line="25" />
        <source>%1 (randomised weights)</source>
        <translation>%1（随机化权重）</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxPlugin.cpp" line="51" />
        <source>Model package %1: id '%2' is already provided by an earlier folder; skipped.</source>
        <translation>模型包 %1：ID“%2”已由之前的文件夹提供；已跳过。</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxPlugin.cpp" line="66" />
        <source>Model package %1: %2</source>
        <translation>模型包 %1：%2</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxModel.cpp" line="46" />
        <location filename="../../plugins/onnx/OnnxSequenceModel.cpp" line="66" />
        <location filename="../../plugins/onnx/OnnxTextModel.cpp" line="125" />
        <source>Model package '%1': OpenCV cannot import %2: %3</source>
        <translation>模型包“%1”：OpenCV 无法导入 %2：%3</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxModel.cpp" line="55" />
        <source>Model package '%1': the input %2 x %3 x %4 has more than %5 values; export the model for a smaller input.</source>
        <translation>模型包“%1”：输入 %2 x %3 x %4 的数值超过 %5 个；请以更小的输入尺寸导出模型。</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxModel.cpp" line="69" />
        <location filename="../../plugins/onnx/OnnxSequenceModel.cpp" line="162" />
        <location filename="../../plugins/onnx/OnnxTextModel.cpp" line="136" />
        <source>Model package '%1' does not run: %2</source>
        <translation>模型包“%1”无法运行：%2</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxModel.cpp" line="76" />
        <location filename="../../plugins/onnx/OnnxSequenceModel.cpp" line="175" />
        <source>Model package '%1': graph output '%2' has %3 values, model.json declares %4</source>
        <translation>模型包“%1”：图输出“%2”有 %3 个值，而 model.json 声明为 %4 个</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxModel.cpp" line="86" />
        <location filename="../../plugins/onnx/OnnxTextModel.cpp" line="152" />
        <source>Model package '%1': the prediction has %2 classes but labels.txt has %3</source>
        <translation>模型包“%1”：预测有 %2 个类别，但 labels.txt 有 %3 个</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxModel.cpp" line="98" />
        <location filename="../../plugins/onnx/OnnxSequenceModel.cpp" line="220" />
        <location filename="../../plugins/onnx/OnnxTextModel.cpp" line="163" />
        <source>Top predictions</source>
        <translation>最可能的预测数</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxModel.cpp" line="99" />
        <location filename="../../plugins/onnx/OnnxSequenceModel.cpp" line="221" />
        <location filename="../../plugins/onnx/OnnxTextModel.cpp" line="164" />
        <source>How many of the most likely classes to report.</source>
        <translation>报告多少个最可能的类别。</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxModel.cpp" line="112" />
        <source>Head fusion</source>
        <translation>注意力头融合</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxModel.cpp" line="113" />
        <source>How the heads of a layer are combined for the fused and rollout maps.</source>
        <translation>生成融合图和 rollout 图时，如何合并同一层的各个注意力头。</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxModel.cpp" line="123" />
        <source>Residual weight</source>
        <translation>残差权重</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxModel.cpp" line="124" />
        <source>Weight r of the identity in (1 - r) A + r I, standing for the skip connection in rollout.</source>
        <translation>(1 - r) A + r I 中单位矩阵的权重 r，在 rollout 中代表跳跃连接。</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxModel.cpp" line="134" />
        <source>Discard ratio</source>
        <translation>丢弃比例</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxModel.cpp" line="135" />
        <source>Fraction of the weakest attention links dropped in each layer before rollout.</source>
        <translation>rollout 之前每层丢弃的最弱注意力连接所占比例。</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxModel.cpp" line="149" />
        <source>Model '%1' takes one input of shape [1, %2, %3, %4] (batch 1).</source>
        <translation>模型“%1”接受一个形状为 [1, %2, %3, %4] 的输入（批大小 1）。</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxModel.cpp" line="163" />
        <location filename="../../plugins/onnx/OnnxSequenceModel.cpp" line="79" />
        <location filename="../../plugins/onnx/OnnxTextModel.cpp" line="202" />
        <source>Model '%1': OpenCV DNN failed: %2</source>
        <translation>模型“%1”：OpenCV DNN 出错：%2</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxModel.cpp" line="177" />
        <location filename="../../plugins/onnx/OnnxSequenceModel.cpp" line="289" />
        <location filename="../../plugins/onnx/OnnxTextModel.cpp" line="243" />
        <source>Model '%1': OpenCV failed: %2</source>
        <translation>模型“%1”：OpenCV 出错：%2</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxModel.cpp" line="186" />
        <source>Model '%1' needs an image.</source>
        <translation>模型“%1”需要图像。</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxModel.cpp" line="189" />
        <location filename="../../plugins/onnx/OnnxTextModel.cpp" line="230" />
        <source>Running the network</source>
        <translation>正在运行网络</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxModel.cpp" line="203" />
        <source>Reading the attention outputs</source>
        <translation>正在读取注意力输出</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxOutputs.cpp" line="16" />
        <source>Output '%1' does not match its manifest entry: %2</source>
        <translation>输出“%1”与清单中的条目不符：%2</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxOutputs.cpp" line="23" />
        <source>the network did not return it</source>
        <translation>网络没有返回它</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxOutputs.cpp" line="79" />
        <location filename="../../plugins/onnx/OnnxTextModel.cpp" line="59" />
        <source>%1 · head %2</source>
        <translation>%1 · 头 %2</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxOutputs.cpp" line="87" />
        <source>%1 values per head, expected a %2x%3 grid</source>
        <translation>每个头 %1 个值，应为 %2x%3 的网格</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxOutputs.cpp" line="104" />
        <source>%1 channel weights, expected %2</source>
        <translation>%1 个通道权重，应为 %2 个</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxOutputs.cpp" line="131" />
        <source>%1 values per head is not an N x N matrix holding a %2x%3 patch grid</source>
        <translation>每个头 %1 个值，不构成包含 %2x%3 图块网格的 N x N 矩阵</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxOutputs.cpp" line="146" />
        <source>%1 · head %2 · CLS to patches</source>
        <translation>%1 · 头 %2 · CLS 到图块</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxOutputs.cpp" line="155" />
        <source>%1 · heads fused (%2) · CLS to patches</source>
        <translation>%1 · 融合各头（%2）· CLS 到图块</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxOutputs.cpp" line="178" />
        <source>Attention rollout (%1 heads)</source>
        <translation>注意力 rollout（%1 个头）</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxOutputs.cpp" line="179" />
        <source>How much each patch flows into the class token through all layers, with the residual connections counted (Abnar &amp; Zuidema, 2020).</source>
        <translation>计入残差连接后，各图块经过所有层流入类别词元的程度（Abnar &amp; Zuidema, 2020）。</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxOutputs.cpp" line="183" />
        <source>Rollout</source>
        <translation>Rollout</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxOutputs.cpp" line="216" />
        <source>%1 values, the manifest's shape has %2</source>
        <translation>%1 个值，而清单中的形状有 %2 个</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxOutputs.cpp" line="225" />
        <source>the head axis must be the outermost axis larger than 1</source>
        <translation>头所在的轴必须是最外层大于 1 的轴</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxSequenceModel.cpp" line="30" />
        <source>model.json of '%1': field 'sequence.%2' %3</source>
        <translation>“%1”的 model.json：字段“sequence.%2”%3</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxSequenceModel.cpp" line="99" />
        <source>Model package '%1': cannot read model.json</source>
        <translation>模型包“%1”：无法读取 model.json</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxSequenceModel.cpp" line="103" />
        <source>is missing (a video package needs a 'sequence' section)</source>
        <translation>缺失（视频模型包需要“sequence”部分）</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxSequenceModel.cpp" line="107" />
        <source>must be between 1 and 4096</source>
        <translation>必须在 1 到 4096 之间</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxSequenceModel.cpp" line="112" />
        <location filename="../../plugins/onnx/OnnxSequenceModel.cpp" line="114" />
        <source>names a file that does not exist</source>
        <translation>指向一个不存在的文件</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxSequenceModel.cpp" line="126" />
        <source>must be one of 'frame_outputs'</source>
        <translation>必须是“frame_outputs”之一</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxSequenceModel.cpp" line="128" />
        <source>must be at least 1</source>
        <translation>必须至少为 1</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxSequenceModel.cpp" line="131" />
        <source>must hold frames x feature_dim values</source>
        <translation>必须包含 帧数 x feature_dim 个值</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxSequenceModel.cpp" line="133" />
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxSequenceModel.cpp" line="136" />
        <source>must hold the prediction and 'temporal_weights'</source>
        <translation>必须包含预测和“temporal_weights”</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxSequenceModel.cpp" line="140" />
        <source>names '%1', which is not in 'outputs'</source>
        <translation>指向“%1”，但它不在“outputs”中</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxSequenceModel.cpp" line="195" />
        <source>Model '%1' takes frames of shape [1, %2, %3, %4] (batch 1).</source>
        <translation>模型“%1”接受形状为 [1, %2, %3, %4] 的帧（批大小 1）。</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxSequenceModel.cpp" line="206" />
        <source>Model '%1': the temporal head takes %2 x %3 feature values.</source>
        <translation>模型“%1”：时间头接受 %2 x %3 个特征值。</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxSequenceModel.cpp" line="259" />
        <source>Model '%1' needs a clip of at least %2 frames; got %3.</source>
        <translation>模型“%1”需要至少 %2 帧的片段；实际为 %3 帧。</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxSequenceModel.cpp" line="266" />
        <source>Model '%1' needs BGR colour frames.</source>
        <translation>模型“%1”需要 BGR 彩色帧。</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxSequenceModel.cpp" line="299" />
        <source>Frame %1: %2</source>
        <translation>第 %1 帧：%2</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxSequenceModel.cpp" line="300" />
        <source>Frame %1</source>
        <translation>第 %1 帧</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxSequenceModel.cpp" line="305" />
        <source>Encoding frames</source>
        <translation>正在编码各帧</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxSequenceModel.cpp" line="317" />
        <source>Feature of each used frame (one row per frame).</source>
        <translation>每个使用的帧的特征（每帧一行）。</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxTextModel.cpp" line="21" />
        <source>Model '%1': output '%2' %3</source>
        <translation>模型“%1”：输出“%2”%3</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxTextModel.cpp" line="50" />
        <source>has %1 values, expected %2 for %3 tokens and %4 head(s)</source>
        <translation>有 %1 个值，对于 %3 个词元和 %4 个头应为 %2 个</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxTextModel.cpp" line="113" />
        <source>Model package '%1' has no 'text' section.</source>
        <translation>模型包“%1”没有“text”部分。</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxTextModel.cpp" line="118" />
        <source>model.json of '%1': field 'text.pooling' names '%2', which is not in 'outputs'</source>
        <translation>“%1”的 model.json：字段“text.pooling”指向“%2”，但它不在“outputs”中</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxTextModel.cpp" line="142" />
        <source>Model package '%1': graph output '%2' has %3 values, expected %4 for %5 tokens</source>
        <translation>模型包“%1”：图输出“%2”有 %3 个值，对于 %5 个词元应为 %4 个</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxTextModel.cpp" line="171" />
        <source>Truncate long texts</source>
        <translation>截断过长的文本</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxTextModel.cpp" line="172" />
        <source>Keep the first tokens the model can take (with a notice) instead of refusing the text.</source>
        <translation>保留模型能接受的前若干个词元（并给出提示），而不是拒绝该文本。</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxTextModel.cpp" line="182" />
        <source>Model '%1' takes exactly %2 token ids (batch 1).</source>
        <translation>模型“%1”只接受恰好 %2 个词元编号（批大小 1）。</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxTextModel.cpp" line="218" />
        <source>The text has %1 tokens; model '%2' takes at most %3.</source>
        <translation>文本有 %1 个词元；模型“%2”最多接受 %3 个。</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxTextModel.cpp" line="226" />
        <source>The text has no tokens for model '%1'.</source>
        <translation>文本中没有模型“%1”可用的词元。</translation>
    </message>
    <message>
        <location filename="../../plugins/onnx/OnnxTextModel.cpp" line="247" />
        <source>Vocabulary id of every token the model saw.</source>
        <translation>模型看到的每个词元在词表中的编号。</translation>
    </message>
</context>
<context>
    <name>al::OnnxInspect</name>
    <message>
        <location filename="../../src/core/OnnxInspect.cpp" line="242" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../src/core/OnnxInspect.cpp" line="246" />
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../../src/core/OnnxInspect.cpp" line="248" />
        <source>larger than 2 GiB (external data is not supported)</source>
        <translation>大于 2 GiB（不支持外部数据）</translation>
    </message>
    <message>
        <location filename="../../src/core/OnnxInspect.cpp" line="280" />
        <source>not an ONNX model (the protobuf data is damaged)</source>
        <translation>不是 ONNX 模型（protobuf 数据已损坏）</translation>
    </message>
    <message>
        <location filename="../../src/core/OnnxInspect.cpp" line="284" />
        <source>not an ONNX model (no graph)</source>
        <translation>不是 ONNX 模型（没有计算图）</translation>
    </message>
</context>
<context>
    <name>al::ParametersPanel</name>
    <message>
        <location filename="../../src/app/ParametersPanel.cpp" line="182" />
        <source>This model has no parameters.</source>
        <translation>此模型没有参数。</translation>
    </message>
    <message>
        <location filename="../../src/app/ParametersPanel.cpp" line="183" />
        <source>Reset to defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <location filename="../../src/app/ParametersPanel.cpp" line="184" />
        <source>Set every parameter back to the model's default value.</source>
        <translation>将所有参数恢复为模型的默认值。</translation>
    </message>
</context>
<context>
    <name>al::PinPad</name>
    <message>
        <location filename="../../src/app/kiosk/PinPad.cpp" line="92" />
        <source>Wrong PIN. Try again.</source>
        <translation>PIN 码错误，请重试。</translation>
    </message>
    <message>
        <location filename="../../src/app/kiosk/PinPad.cpp" line="96" />
        <source>Staff only: enter the PIN to leave the exhibit.</source>
        <translation>仅限工作人员：输入 PIN 码以退出展示。</translation>
    </message>
    <message>
        <location filename="../../src/app/kiosk/PinPad.cpp" line="97" />
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../src/app/kiosk/PinPad.cpp" line="98" />
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../src/app/kiosk/PinPad.cpp" line="99" />
        <source>Back to the exhibit</source>
        <translation>返回展示</translation>
    </message>
</context>
<context>
    <name>al::PluginRegistry</name>
    <message>
        <location filename="../../src/core/PluginRegistry.cpp" line="47" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../src/core/PluginRegistry.cpp" line="69" />
        <source>implements plugin interface '%1', but this AttentionLens expects '%2' — rebuild the plugin against this version</source>
        <translation>实现的插件接口为“%1”，但此版本 AttentionLens 需要“%2”——请针对此版本重新构建插件</translation>
    </message>
    <message>
        <location filename="../../src/core/PluginRegistry.cpp" line="72" />
        <source>is a Qt plugin for '%1', not an AttentionLens plugin (expected interface '%2')</source>
        <translation>是用于“%1”的 Qt 插件，而不是 AttentionLens 插件（需要接口“%2”）</translation>
    </message>
    <message>
        <location filename="../../src/core/PluginRegistry.cpp" line="99" />
        <source>the plugin metadata lacks %1 — add them to the plugin's JSON file</source>
        <translation>插件元数据缺少 %1——请将其添加到插件的 JSON 文件中</translation>
    </message>
    <message>
        <location filename="../../src/core/PluginRegistry.cpp" line="121" />
        <source>its root object does not implement al::AttentionPlugin — check Q_INTERFACES in the plugin class</source>
        <translation>其根对象未实现 al::AttentionPlugin——请检查插件类中的 Q_INTERFACES</translation>
    </message>
    <message>
        <location filename="../../src/core/PluginRegistry.cpp" line="134" />
        <source>A null model was skipped.</source>
        <translation>已跳过一个空模型。</translation>
    </message>
    <message>
        <location filename="../../src/core/PluginRegistry.cpp" line="146" />
        <location filename="../../src/core/PluginRegistry.cpp" line="486" />
        <source>unknown exception</source>
        <translation>未知异常</translation>
    </message>
    <message>
        <location filename="../../src/core/PluginRegistry.cpp" line="149" />
        <source>initialisation failed: %1</source>
        <translation>初始化失败：%1</translation>
    </message>
    <message>
        <location filename="../../src/core/PluginRegistry.cpp" line="163" />
        <source>declares an invalid plugin API version %1.%2</source>
        <translation>声明了无效的插件 API 版本 %1.%2</translation>
    </message>
    <message>
        <location filename="../../src/core/PluginRegistry.cpp" line="167" />
        <source>built for plugin API %1.x; this AttentionLens supports %2.x — rebuild the plugin against this version</source>
        <translation>为插件 API %1.x 构建；此版本 AttentionLens 支持 %2.x——请针对此版本重新构建插件</translation>
    </message>
    <message>
        <location filename="../../src/core/PluginRegistry.cpp" line="175" />
        <source>built for plugin API %1.%2, newer than this AttentionLens (%1.%3) — update AttentionLens or rebuild the plugin against this version</source>
        <translation>为插件 API %1.%2 构建，比此版本 AttentionLens（%1.%3）更新——请更新 AttentionLens 或针对此版本重新构建插件</translation>
    </message>
    <message>
        <location filename="../../src/core/PluginRegistry.cpp" line="184" />
        <source>Built for the older plugin API %1.%2 (this AttentionLens: %1.%3); loaded, but rebuilding the plugin is recommended.</source>
        <translation>为较旧的插件 API %1.%2 构建（此版本 AttentionLens：%1.%3）；已加载，但建议重新构建插件。</translation>
    </message>
    <message>
        <location filename="../../src/core/PluginRegistry.cpp" line="237" />
        <source>plugin id '%1' is already provided by '%2'; this copy is skipped</source>
        <translation>插件 ID“%1”已由“%2”提供；已跳过此副本</translation>
    </message>
    <message>
        <location filename="../../src/core/PluginRegistry.cpp" line="246" />
        <source>A model without an id was skipped.</source>
        <translation>已跳过一个没有 ID 的模型。</translation>
    </message>
    <message>
        <location filename="../../src/core/PluginRegistry.cpp" line="252" />
        <source>Model '%1' is already provided by plugin '%2'; skipped.</source>
        <translation>模型“%1”已由插件“%2”提供；已跳过。</translation>
    </message>
    <message>
        <location filename="../../src/core/PluginRegistry.cpp" line="300" />
        <source>not a Qt plugin, or the file is damaged (%1) — remove it from the plugin folder</source>
        <translation>不是 Qt 插件，或文件已损坏（%1）——请将其从插件文件夹中移除</translation>
    </message>
    <message>
        <location filename="../../src/core/PluginRegistry.cpp" line="307" />
        <source>could not be loaded: %1 — check that it was built against this AttentionLens and that its libraries are installed</source>
        <translation>无法加载：%1——请检查它是否针对此版本 AttentionLens 构建，以及其依赖库是否已安装</translation>
    </message>
    <message>
        <location filename="../../src/core/PluginRegistry.cpp" line="409" />
        <source>Model '%1' does not take %2 input; it takes: %3.</source>
        <translation>模型“%1”不接受%2输入；它接受：%3。</translation>
    </message>
    <message>
        <location filename="../../src/core/PluginRegistry.cpp" line="420" />
        <source>Model '%1' needs an image, but the input image is empty.</source>
        <translation>模型“%1”需要图像，但输入图像为空。</translation>
    </message>
    <message>
        <location filename="../../src/core/PluginRegistry.cpp" line="427" />
        <source>Model '%1' needs a %2 image, got %3.</source>
        <translation>模型“%1”需要 %2 图像，实际为 %3。</translation>
    </message>
    <message>
        <location filename="../../src/core/PluginRegistry.cpp" line="435" />
        <source>Model '%1' needs text, but the input is empty.</source>
        <translation>模型“%1”需要文本，但输入为空。</translation>
    </message>
    <message>
        <location filename="../../src/core/PluginRegistry.cpp" line="446" />
        <source>map '%1' is empty</source>
        <translation>图“%1”为空</translation>
    </message>
    <message>
        <location filename="../../src/core/PluginRegistry.cpp" line="449" />
        <source>map '%1' has type %2, expected CV_32FC1</source>
        <translation>图“%1”的类型为 %2，应为 CV_32FC1</translation>
    </message>
    <message>
        <location filename="../../src/core/PluginRegistry.cpp" line="453" />
        <source>map '%1' contains NaN or infinite values</source>
        <translation>图“%1”包含 NaN 或无穷大值</translation>
    </message>
    <message>
        <location filename="../../src/core/PluginRegistry.cpp" line="457" />
        <location filename="../../src/core/PluginRegistry.cpp" line="491" />
        <source>Model '%1' failed: %2</source>
        <translation>模型“%1”运行失败：%2</translation>
    </message>
    <message>
        <location filename="../../src/core/PluginRegistry.cpp" line="481" />
        <source>OpenCV error: %1</source>
        <translation>OpenCV 错误：%1</translation>
    </message>
</context>
<context>
    <name>al::PluginsDialog</name>
    <message>
        <location filename="../../src/app/PluginsDialog.cpp" line="18" />
        <source>Plugins</source>
        <translation>插件</translation>
    </message>
    <message>
        <location filename="../../src/app/PluginsDialog.cpp" line="21" />
        <source>Plugins found at start-up. A plugin that failed to load is listed with the reason; fix or remove the file and restart AttentionLens.</source>
        <translation>启动时找到的插件。加载失败的插件会列出原因；请修复或移除该文件，然后重新启动 AttentionLens。</translation>
    </message>
    <message>
        <location filename="../../src/app/PluginsDialog.cpp" line="43" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/app/PluginsDialog.cpp" line="43" />
        <source>Plugin</source>
        <translation>插件</translation>
    </message>
    <message>
        <location filename="../../src/app/PluginsDialog.cpp" line="43" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../src/app/PluginsDialog.cpp" line="43" />
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../../src/app/PluginsDialog.cpp" line="44" />
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../src/app/PluginsDialog.cpp" line="44" />
        <source>Error or note</source>
        <translation>错误或备注</translation>
    </message>
    <message>
        <location filename="../../src/app/PluginsDialog.cpp" line="44" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../src/app/PluginsDialog.cpp" line="53" />
        <source>Loaded</source>
        <translation>已加载</translation>
    </message>
    <message>
        <location filename="../../src/app/PluginsDialog.cpp" line="53" />
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../src/app/PluginsDialog.cpp" line="55" />
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../src/app/PluginsDialog.cpp" line="57" />
        <source>(unreadable)</source>
        <translation>（无法读取）</translation>
    </message>
    <message>
        <location filename="../../src/app/PluginsDialog.cpp" line="59" />
        <source>built in: %1</source>
        <translation>内置：%1</translation>
    </message>
    <message>
        <location filename="../../src/app/PluginsDialog.cpp" line="74" />
        <source>Searched folders, in order:</source>
        <translation>按顺序搜索的文件夹：</translation>
    </message>
</context>
<context>
    <name>al::PredictionsPanel</name>
    <message>
        <location filename="../../src/app/PredictionsPanel.cpp" line="105" />
        <source>This model returns no class predictions.</source>
        <translation>此模型不输出类别预测。</translation>
    </message>
    <message>
        <location filename="../../src/app/PredictionsPanel.cpp" line="106" />
        <source>Run a classifier to see its top predictions.</source>
        <translation>运行一个分类模型，即可查看它最可能的预测。</translation>
    </message>
    <message>
        <location filename="../../src/app/PredictionsPanel.cpp" line="107" />
        <source>Probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <location filename="../../src/app/PredictionsPanel.cpp" line="107" />
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../src/app/PredictionsPanel.cpp" line="113" />
        <source>Best: %1 (%2)</source>
        <translation>最佳：%1（%2）</translation>
    </message>
</context>
<context>
    <name>al::RunControl</name>
    <message>
        <location filename="../../src/core/RunControl.cpp" line="29" />
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>al::Saliency</name>
    <message>
        <location filename="../../plugins/saliency/FineGrained.cpp" line="61" />
        <source>Fine-grained saliency (Montabone &amp; Soto 2010)</source>
        <translation>细粒度显著性（Montabone &amp; Soto 2010）</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/FineGrained.cpp" line="64" />
        <source>Centre-surround differences of intensity at several scales, computed with integral images; keeps fine detail at full resolution.</source>
        <translation>利用积分图在多个尺度上计算亮度的中心–周边差异；在全分辨率下保留细节。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/FineGrained.cpp" line="83" />
        <source>Maximum side</source>
        <translation>最大边长</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/FineGrained.cpp" line="84" />
        <source>The image is shrunk so that its longer side is at most this many pixels; smaller is faster.</source>
        <translation>将图像缩小，使其长边不超过此像素数；越小越快。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/FineGrained.cpp" line="104" />
        <location filename="../../plugins/saliency/FineGrained.cpp" line="134" />
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="88" />
        <source>Intensity</source>
        <translation>亮度</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/FineGrained.cpp" line="109" />
        <source>Centre-surround</source>
        <translation>中心–周边</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/FineGrained.cpp" line="114" />
        <source>Model %1: OpenCV's fine-grained saliency returned no map.</source>
        <translation>模型 %1：OpenCV 的细粒度显著性没有返回图。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/FineGrained.cpp" line="118" />
        <source>On- and off-centre maps</source>
        <translation>中心开与中心关图</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/FineGrained.cpp" line="123" />
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="156" />
        <location filename="../../plugins/saliency/SpectralResidual.cpp" line="93" />
        <source>Saliency</source>
        <translation>显著性</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/FineGrained.cpp" line="124" />
        <source>Sum of on-centre and off-centre intensity contrast over six scales, scaled to [0,1] (OpenCV).</source>
        <translation>六个尺度上中心开与中心关亮度对比之和，缩放到 [0,1]（OpenCV）。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/FineGrained.cpp" line="132" />
        <location filename="../../plugins/saliency/MotionSaliency.cpp" line="129" />
        <location filename="../../plugins/saliency/SpectralResidual.cpp" line="91" />
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/FineGrained.cpp" line="135" />
        <source>The grey-level intensity in [0,1] at the working size: the only channel this model looks at (it is blind to colour contrast).</source>
        <translation>工作尺寸下 [0,1] 范围内的灰度亮度：这是此模型唯一使用的通道（它对颜色对比不敏感）。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/FineGrained.cpp" line="139" />
        <source>Recomputed by AttentionLens with the detector's steps, since OpenCV does not expose it.</source>
        <translation>由于 OpenCV 不公开该结果，由 AttentionLens 按检测器的步骤重新计算。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/FineGrained.cpp" line="143" />
        <source>On-centre contrast</source>
        <translation>中心开对比</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/FineGrained.cpp" line="144" />
        <source>Where a pixel is brighter than its surround, summed over six surround sizes. %1</source>
        <translation>像素比周边更亮之处，在六种周边尺寸上求和。%1</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/FineGrained.cpp" line="150" />
        <source>Off-centre contrast</source>
        <translation>中心关对比</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/FineGrained.cpp" line="151" />
        <source>Where a pixel is darker than its surround, summed over six surround sizes. %1</source>
        <translation>像素比周边更暗之处，在六种周边尺寸上求和。%1</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/FineGrained.cpp" line="156" />
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="143" />
        <location filename="../../plugins/saliency/SpectralResidual.cpp" line="200" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="48" />
        <source>Pyramids</source>
        <translation>金字塔</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="54" />
        <source>Intensity contrast</source>
        <translation>亮度对比</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="58" />
        <source>Colour opponency</source>
        <translation>颜色拮抗</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="66" />
        <source>Orientation contrast</source>
        <translation>方向对比</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="74" />
        <source>Combining</source>
        <translation>正在合成</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="90" />
        <source>Red/green</source>
        <translation>红/绿</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="92" />
        <source>Blue/yellow</source>
        <translation>蓝/黄</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="93" />
        <source>Orientation %1°</source>
        <translation>方向 %1°</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="100" />
        <source>Itti-Koch-Niebur (1998)</source>
        <translation>Itti-Koch-Niebur（1998）</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="103" />
        <source>The classic bottom-up model: centre-surround contrast of intensity, colour opponency and orientation over a 9-level pyramid, normalised so that unique features win.</source>
        <translation>经典的自下而上模型：在 9 层金字塔上计算亮度、颜色拮抗和方向的中心–周边对比，并通过归一化让独特的特征胜出。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="111" />
        <source>Intensity weight</source>
        <translation>亮度权重</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="112" />
        <source>How much the intensity conspicuity map contributes to the saliency map.</source>
        <translation>亮度醒目图对显著性图的贡献程度。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="115" />
        <source>Colour weight</source>
        <translation>颜色权重</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="116" />
        <source>How much the colour conspicuity map contributes to the saliency map.</source>
        <translation>颜色醒目图对显著性图的贡献程度。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="120" />
        <source>Orientation weight</source>
        <translation>方向权重</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="121" />
        <source>How much the orientation conspicuity map contributes to the saliency map.</source>
        <translation>方向醒目图对显著性图的贡献程度。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="136" />
        <source>Model %1: at least one of weight_intensity, weight_color and weight_orientation must be above 0.</source>
        <translation>模型 %1：weight_intensity、weight_color 和 weight_orientation 中至少一个必须大于 0。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="157" />
        <source>Weighted mean of the normalised conspicuity maps, at pyramid scale 4 (1/16 of the input size).</source>
        <translation>归一化醒目图的加权平均，位于金字塔第 4 层（输入尺寸的 1/16）。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="163" />
        <source>Conspicuity</source>
        <translation>醒目图</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="165" />
        <source>Intensity conspicuity</source>
        <translation>亮度醒目图</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="166" />
        <source>Sum over scales of the normalised intensity contrast maps.</source>
        <translation>各尺度归一化亮度对比图之和。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="170" />
        <source>Colour conspicuity</source>
        <translation>颜色醒目图</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="171" />
        <source>Sum over scales of the normalised red/green and blue/yellow maps.</source>
        <translation>各尺度归一化红/绿与蓝/黄图之和。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="175" />
        <source>Orientation conspicuity</source>
        <translation>方向醒目图</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="176" />
        <source>Sum over the four orientations of their normalised contrast maps.</source>
        <translation>四个方向的归一化对比图之和。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="179" />
        <source>Feature maps</source>
        <translation>特征图</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="183" />
        <source>%1, centre %2, surround %3</source>
        <translation>%1，中心 %2，周边 %3</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/IttiKoch.cpp" line="189" />
        <source>|centre - surround| at pyramid scale %1, before normalisation.</source>
        <translation>金字塔第 %1 层的 |中心 - 周边|，归一化之前。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/SaliencyCommon.cpp" line="17" />
        <source>Model %1 needs an image, but the input is empty. Open an image first.</source>
        <translation>模型 %1 需要图像，但输入为空。请先打开一张图像。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/SaliencyCommon.cpp" line="23" />
        <source>Model %1 needs an 8-bit colour (BGR, CV_8UC3) image; this input is %2. Load it with loadImage().</source>
        <translation>模型 %1 需要 8 位彩色（BGR，CV_8UC3）图像；此输入为 %2。请使用 loadImage() 加载。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/SaliencyCommon.cpp" line="62" />
        <source>Parameter %1 of model %2 must be a number from %3 to %4; got "%5".</source>
        <translation>模型 %2 的参数 %1 必须是 %3 到 %4 之间的数字；实际为 "%5"。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/SaliencyCommon.cpp" line="114" />
        <source>Model %1 failed inside OpenCV: %2</source>
        <translation>模型 %1 在 OpenCV 内部出错：%2</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/SaliencyCommon.cpp" line="118" />
        <source>Model %1 ran out of memory on a %2 x %3 image; try a smaller image.</source>
        <translation>模型 %1 处理 %2 x %3 的图像时内存不足；请尝试较小的图像。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/SpectralResidual.cpp" line="136" />
        <source>Spectral residual (Hou &amp; Zhang 2007)</source>
        <translation>谱残差（Hou &amp; Zhang 2007）</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/SpectralResidual.cpp" line="139" />
        <source>Finds what is unexpected in the image's frequency spectrum: the log amplitude spectrum minus its local average is turned back into an image. Fast and blob-like.</source>
        <translation>找出图像频谱中出乎意料的部分：对数幅度谱减去其局部平均后再变换回图像。速度快，结果呈团块状。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/MotionSaliency.cpp" line="36" />
        <source>Motion saliency (Wang &amp; Dudek 2014)</source>
        <translation>运动显著性（Wang 和 Dudek 2014）</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/MotionSaliency.cpp" line="38" />
        <source>Marks what moves: a self-tuning background subtraction over the previous frames of the video. Needs a video; the first frames of a clip show no motion yet.</source>
        <translation>标出运动的东西：对视频前面的帧做自适应背景减除。需要视频；片段的最初几帧还不会显示运动。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/MotionSaliency.cpp" line="59" />
        <location filename="../../plugins/saliency/SpectralResidual.cpp" line="159" />
        <source>Working width</source>
        <translation>工作宽度</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/MotionSaliency.cpp" line="60" />
        <source>Frames are shrunk to this width (keeping the aspect ratio) before the background subtraction; smaller is faster and less noisy.</source>
        <translation>背景减除之前把帧缩小到这个宽度（保持宽高比）；越小越快、噪声越少。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/MotionSaliency.cpp" line="67" />
        <source>Standard deviation, in working-size pixels, of the Gaussian that turns the binary motion mask into a smooth map; 0 keeps the mask.</source>
        <translation>把二值运动掩膜变为平滑图的高斯函数的标准差（以工作尺寸的像素为单位）；0 表示保留掩膜。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/MotionSaliency.cpp" line="78" />
        <source>Model %1 needs video frames; none were given.</source>
        <translation>模型 %1 需要视频帧；但没有提供。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/MotionSaliency.cpp" line="82" />
        <source>Model %1 needs colour frames (8-bit BGR) of one size.</source>
        <translation>模型 %1 需要尺寸一致的彩色帧（8 位 BGR）。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/MotionSaliency.cpp" line="124" />
        <source>Motion saliency</source>
        <translation>运动显著性</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/MotionSaliency.cpp" line="125" />
        <source>Where the current frame differs from the learned background, smoothed.</source>
        <translation>当前帧与学习到的背景不同的地方（经过平滑）。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/MotionSaliency.cpp" line="130" />
        <source>Foreground mask</source>
        <translation>前景掩膜</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/MotionSaliency.cpp" line="131" />
        <source>The binary foreground mask of the background subtraction.</source>
        <translation>背景减除得到的二值前景掩膜。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/MotionSaliency.cpp" line="133" />
        <source>Difference to the oldest frame</source>
        <translation>与最早一帧的差异</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/MotionSaliency.cpp" line="134" />
        <source>|current - oldest| of the grey frames, for comparison.</source>
        <translation>灰度帧的 |当前 - 最早|，用于比较。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/SpectralResidual.cpp" line="160" />
        <source>The image is shrunk to this width (keeping its aspect ratio) before the spectrum is computed; the paper uses 64.</source>
        <translation>计算频谱前将图像缩小到此宽度（保持宽高比）；论文中使用 64。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/MotionSaliency.cpp" line="66" />
        <location filename="../../plugins/saliency/SpectralResidual.cpp" line="168" />
        <source>Smoothing sigma</source>
        <translation>平滑 sigma</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/SpectralResidual.cpp" line="169" />
        <source>Standard deviation, in working-size pixels, of the Gaussian that smooths the saliency map; 1.5 is close to OpenCV's implementation, larger values give blobbier maps, 0 turns smoothing off.</source>
        <translation>用于平滑显著性图的高斯核标准差（以工作尺寸像素计）；1.5 接近 OpenCV 的实现，数值越大图越呈团块状，0 表示不平滑。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/SpectralResidual.cpp" line="182" />
        <source>Spectrum</source>
        <translation>频谱</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/SpectralResidual.cpp" line="194" />
        <source>OpenCV reference</source>
        <translation>OpenCV 参考</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/SpectralResidual.cpp" line="94" />
        <source>Spectral-residual saliency: the squared inverse transform of the residual, smoothed and scaled to [0,1].</source>
        <translation>谱残差显著性：残差逆变换的平方，经平滑并缩放到 [0,1]。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/SpectralResidual.cpp" line="100" />
        <source>Frequency domain, not image space: zero frequency is in the centre.</source>
        <translation>频域而非图像空间：零频率位于中心。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/SpectralResidual.cpp" line="103" />
        <source>Log amplitude spectrum</source>
        <translation>对数幅度谱</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/SpectralResidual.cpp" line="104" />
        <source>log |F(f)| of the grey image. %1</source>
        <translation>灰度图像的 log |F(f)|。%1</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/SpectralResidual.cpp" line="107" />
        <source>Averaged log amplitude</source>
        <translation>平均对数幅度</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/SpectralResidual.cpp" line="108" />
        <source>The log amplitude after a 3 x 3 mean filter: the expected, smooth part of the spectrum. %1</source>
        <translation>经 3 x 3 均值滤波后的对数幅度：频谱中可预期的平滑部分。%1</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/SpectralResidual.cpp" line="114" />
        <source>Spectral residual</source>
        <translation>谱残差</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/SpectralResidual.cpp" line="115" />
        <source>Log amplitude minus its average: the unexpected part of the spectrum. %1</source>
        <translation>对数幅度减去其平均值：频谱中出乎意料的部分。%1</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/SpectralResidual.cpp" line="120" />
        <source>Saliency before smoothing</source>
        <translation>平滑前的显著性</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/SpectralResidual.cpp" line="121" />
        <source>|IFFT(exp(R + iP))|^2 before the Gaussian smoothing.</source>
        <translation>高斯平滑之前的 |IFFT(exp(R + iP))|^2。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/SpectralResidual.cpp" line="124" />
        <source>OpenCV spectral residual</source>
        <translation>OpenCV 谱残差</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/SpectralResidual.cpp" line="125" />
        <source>cv::saliency::StaticSaliencySpectralResidual at the same working size, for comparison.</source>
        <translation>相同工作尺寸下的 cv::saliency::StaticSaliencySpectralResidual，用于对比。</translation>
    </message>
    <message>
        <location filename="../../plugins/saliency/SpectralResidual.cpp" line="128" />
        <source>Reference</source>
        <translation>参考</translation>
    </message>
</context>
<context>
    <name>al::SaliencyDemo</name>
    <message>
        <location filename="../../src/app/kiosk/SaliencyDemo.cpp" line="57" />
        <source>Where do we look first?</source>
        <translation>我们首先看哪里？</translation>
    </message>
    <message>
        <location filename="../../src/app/kiosk/SaliencyDemo.cpp" line="61" />
        <source>Saliency models guess which parts of a photo catch the eye.</source>
        <translation>显著性模型猜测照片的哪些部分最吸引眼球。</translation>
    </message>
    <message>
        <location filename="../../src/app/kiosk/SaliencyDemo.cpp" line="144" />
        <source>Next photo</source>
        <translation>下一张照片</translation>
    </message>
    <message>
        <location filename="../../src/app/kiosk/SaliencyDemo.cpp" line="149" />
        <source>Red marks what the model thinks draws the eye, blue what it thinks we skip. Try another photo!</source>
        <translation>红色表示模型认为吸引眼球的地方，蓝色表示它认为我们会略过的地方。换一张照片试试！</translation>
    </message>
</context>
<context>
    <name>al::SelfAttention</name>
    <message>
        <location filename="../../src/core/explain/SelfAttentionSteps.cpp" line="26" />
        <source>self-attention: Q must be a non-empty float matrix (tokens x d)</source>
        <translation>自注意力：Q 必须是非空的浮点矩阵（词元数 x d）</translation>
    </message>
    <message>
        <location filename="../../src/core/explain/SelfAttentionSteps.cpp" line="28" />
        <source>self-attention: K must have the size of Q (%1 x %2)</source>
        <translation>自注意力：K 的尺寸必须与 Q 相同（%1 x %2）</translation>
    </message>
    <message>
        <location filename="../../src/core/explain/SelfAttentionSteps.cpp" line="32" />
        <source>self-attention: V must have one float row per token (%1)</source>
        <translation>自注意力：V 必须每个词元一行浮点数（%1）</translation>
    </message>
    <message>
        <location filename="../../src/core/explain/SelfAttentionSteps.cpp" line="38" />
        <source>self-attention: the temperature must be a positive number, not %1</source>
        <translation>自注意力：温度必须是正数，而不是 %1</translation>
    </message>
    <message>
        <location filename="../../src/core/explain/SelfAttentionSteps.cpp" line="47" />
        <source>softmax: the input must be a non-empty float row</source>
        <translation>softmax：输入必须是非空的浮点行</translation>
    </message>
    <message>
        <location filename="../../src/core/explain/SelfAttentionSteps.cpp" line="79" />
        <source>self-attention: query token %1 is outside 0..%2</source>
        <translation>自注意力：查询词元 %1 不在 0..%2 之内</translation>
    </message>
    <message>
        <location filename="../../src/core/explain/SelfAttentionSteps.cpp" line="100" />
        <source>self-attention: layer '%1' has no heads</source>
        <translation>自注意力：层“%1”没有注意力头</translation>
    </message>
    <message>
        <location filename="../../src/core/explain/SelfAttentionSteps.cpp" line="124" />
        <source>self-attention: expected a [1, heads, tokens, d] float tensor</source>
        <translation>自注意力：需要一个 [1, 头数, 词元数, d] 的浮点张量</translation>
    </message>
    <message>
        <location filename="../../src/core/explain/SelfAttentionSteps.cpp" line="126" />
        <source>self-attention: the Q/K/V tensor must be contiguous</source>
        <translation>自注意力：Q/K/V 张量必须是连续存储的</translation>
    </message>
    <message>
        <location filename="../../src/core/explain/SelfAttentionSteps.cpp" line="174" />
        <source>self-attention: Q, K and V of '%1' have different head counts</source>
        <translation>自注意力：“%1”的 Q、K、V 注意力头数不一致</translation>
    </message>
    <message>
        <location filename="../../src/core/explain/SelfAttentionSteps.cpp" line="196" />
        <source>self-attention: %1 tokens do not fill a %2x%3 grid after %4 special token(s)</source>
        <translation>自注意力：除去 %4 个特殊词元后，%1 个词元无法填满 %2x%3 的网格</translation>
    </message>
    <message>
        <location filename="../../src/core/explain/SelfAttentionSteps.cpp" line="226" />
        <source>self-attention: nothing to draw</source>
        <translation>自注意力：没有可绘制的内容</translation>
    </message>
</context>
<context>
    <name>al::SelfAttentionView</name>
    <message>
        <location filename="../../src/app/explain/SelfAttentionView.cpp" line="124" />
        <source>Run a transformer model that exports its queries, keys and values (for example digits-vit) to step through self-attention.</source>
        <translation>运行一个导出查询、键和值的 Transformer 模型（例如 digits-vit），即可逐步查看自注意力。</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/SelfAttentionView.cpp" line="126" />
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/SelfAttentionView.cpp" line="127" />
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/SelfAttentionView.cpp" line="128" />
        <source>Divides the scaled scores before the softmax: below 1 sharpens the weights, above 1 flattens them. The model itself uses 1.</source>
        <translation>在 softmax 之前除以缩放后的得分：小于 1 使权重更尖锐，大于 1 使权重更平缓。模型本身使用 1。</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/SelfAttentionView.cpp" line="130" />
        <source>Click a patch to make it the query</source>
        <translation>点击一个图块，把它作为查询</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/SelfAttentionView.cpp" line="131" />
        <source>1. scores q·k over all keys</source>
        <translation>1. 对所有键的得分 q·k</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/SelfAttentionView.cpp" line="132" />
        <source>2. weights softmax(q·k / √d / T)</source>
        <translation>2. 权重 softmax(q·k / √d / T)</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/SelfAttentionView.cpp" line="133" />
        <source>3. numbers</source>
        <translation>3. 数值</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/SelfAttentionView.cpp" line="134" />
        <source>Each token's query q is compared with every key k by a dot product; the scores are scaled by 1/√d so that their spread does not grow with the dimension d, turned into weights that sum to 1 by a softmax, and the output is the weighted sum of the values: &lt;i&gt;o = Σ&lt;sub&gt;j&lt;/sub&gt; w&lt;sub&gt;j&lt;/sub&gt; v&lt;sub&gt;j&lt;/sub&gt;&lt;/i&gt;. Click a cell of any map to make that token the query.</source>
        <translation>每个词元的查询 q 通过点积与每个键 k 比较；得分乘以 1/√d，使其分散程度不随维度 d 增大，再经 softmax 变成总和为 1 的权重，输出是值的加权和：&lt;i&gt;o = Σ&lt;sub&gt;j&lt;/sub&gt; w&lt;sub&gt;j&lt;/sub&gt; v&lt;sub&gt;j&lt;/sub&gt;&lt;/i&gt;。点击任一图中的格子，把该词元作为查询。</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/SelfAttentionView.cpp" line="140" />
        <location filename="../../src/app/explain/SelfAttentionView.cpp" line="224" />
        <source>Head %1</source>
        <translation>头 %1</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/SelfAttentionView.cpp" line="295" />
        <source>Query: %1</source>
        <translation>查询：%1</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/SelfAttentionView.cpp" line="319" />
        <source>max q·k %1 × 1/√%2 = %3
max weight %4 on %5
entropy %6 of %7 nats
‖Σ w·v‖ = %8
Σ w·v = (%9, …)</source>
        <translation>最大 q·k %1 × 1/√%2 = %3
最大权重 %4 在 %5
熵 %6（最大 %7）nats
‖Σ w·v‖ = %8
Σ w·v = (%9, …)</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/SelfAttentionView.cpp" line="359" />
        <source>x %1, y %2 · patch %3 (token %4)</source>
        <translation>x %1，y %2 · 图块 %3（词元 %4）</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/SelfAttentionView.cpp" line="380" />
        <source>head %1 · query %2 → key %3: q·k = %4, scaled = %5, weight = %6</source>
        <translation>头 %1 · 查询 %2 → 键 %3：q·k = %4，缩放后 = %5，权重 = %6</translation>
    </message>
</context>
<context>
    <name>al::StatusBarController</name>
    <message>
        <location filename="../../src/app/StatusBarController.cpp" line="86" />
        <source>Running %1…</source>
        <translation>正在运行 %1…</translation>
    </message>
    <message>
        <location filename="../../src/app/StatusBarController.cpp" line="87" />
        <source>cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../src/app/StatusBarController.cpp" line="88" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../src/app/StatusBarController.cpp" line="90" />
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../../src/app/StatusBarController.cpp" line="92" />
        <source>No run yet</source>
        <translation>尚未运行</translation>
    </message>
    <message>
        <location filename="../../src/app/StatusBarController.cpp" line="93" />
        <source>Last run: %1 ms</source>
        <translation>上次运行：%1 毫秒</translation>
    </message>
</context>
<context>
    <name>al::StepsView</name>
    <message>
        <location filename="../../src/app/explain/StepsView.cpp" line="52" />
        <source>Mechanism</source>
        <translation>机制</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/StepsView.cpp" line="53" />
        <source>How the model that ran computes its attention, step by step</source>
        <translation>刚运行的模型如何一步一步计算它的注意力</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/StepsView.cpp" line="54" />
        <source>Non-local means</source>
        <translation>非局部均值</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/StepsView.cpp" line="55" />
        <source>Classical self-attention on any image: each pixel averages the pixels whose surroundings look like its own</source>
        <translation>适用于任何图像的经典自注意力：每个像素对周围环境与自己相似的像素求平均</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/StepsView.cpp" line="58" />
        <source>Run a model to see how its attention is computed. Self-attention models that export queries, keys and values (digits-vit) and CBAM models show their computation here; the Non-local means tab works on any image.</source>
        <translation>运行一个模型即可查看它的注意力是如何计算的。导出查询、键和值的自注意力模型（digits-vit）以及 CBAM 模型会在这里展示计算过程；“非局部均值”标签页适用于任何图像。</translation>
    </message>
    <message>
        <location filename="../../src/app/explain/StepsView.cpp" line="62" />
        <source>This model exports nothing this build can step through (queries, keys and values of a transformer, or the stages of CBAM). Try digits-vit, or the Non-local means tab, which works on any image.</source>
        <translation>该模型没有导出本版本可以逐步展示的内容（Transformer 的查询、键和值，或 CBAM 的各个阶段）。试试 digits-vit，或适用于任何图像的“非局部均值”标签页。</translation>
    </message>
</context>
<context>
    <name>al::TextExport</name>
    <message>
        <location filename="../../src/core/text/TextHtml.cpp" line="81" />
        <source>Attention-pooling weight per token</source>
        <translation>每个词元的注意力池化权重</translation>
    </message>
    <message>
        <location filename="../../src/core/text/TextHtml.cpp" line="122" />
        <source>%1: attention per head (rows = queries, columns = keys)</source>
        <translation>%1：各注意力头的注意力（行 = 查询，列 = 键）</translation>
    </message>
    <message>
        <location filename="../../src/core/text/TextHtml.cpp" line="128" />
        <source>head %1</source>
        <translation>头 %1</translation>
    </message>
    <message>
        <location filename="../../src/core/text/TextHtml.cpp" line="142" />
        <location filename="../../src/core/text/TextHtml.cpp" line="144" />
        <source>AttentionLens · %1</source>
        <translation>AttentionLens · %1</translation>
    </message>
    <message>
        <location filename="../../src/core/text/TextHtml.cpp" line="148" />
        <source>The text was truncated: the last %1 tokens were not seen by the model.</source>
        <translation>文本已被截断：最后 %1 个词元模型没有看到。</translation>
    </message>
    <message>
        <location filename="../../src/core/text/TextHtml.cpp" line="152" />
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/core/text/TextHtml.cpp" line="153" />
        <source>Probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <location filename="../../src/core/text/TextHtml.cpp" line="158" />
        <source>Text (%1 tokens; colour = attention-pooling weight, wavy underline = unknown word)</source>
        <translation>文本（%1 个词元；颜色 = 注意力池化权重，波浪下划线 = 未知词）</translation>
    </message>
    <message>
        <location filename="../../src/core/text/TextHtml.cpp" line="164" />
        <source>Attention-pooling weights</source>
        <translation>注意力池化权重</translation>
    </message>
    <message>
        <location filename="../../src/core/text/TextHtml.cpp" line="171" />
        <source>Head view of %1 (top %2 links per token, one colour per head)</source>
        <translation>%1 的头视图（每个词元前 %2 条连线，每个头一种颜色）</translation>
    </message>
    <message>
        <location filename="../../src/core/text/TextJson.cpp" line="87" />
        <source>Layer %1</source>
        <translation>第 %1 层</translation>
    </message>
</context>
<context>
    <name>al::TextPage</name>
    <message>
        <location filename="../../src/app/text/TextPage.cpp" line="170" />
        <source>Open a text</source>
        <translation>打开文本</translation>
    </message>
    <message>
        <location filename="../../src/app/text/TextPage.cpp" line="170" />
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/app/text/TextPage.cpp" line="207" />
        <source>Token %1 '%2': %3 links</source>
        <translation>词元 %1“%2”：%3 条连线</translation>
    </message>
    <message>
        <location filename="../../src/app/text/TextPage.cpp" line="245" />
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location filename="../../src/app/text/TextPage.cpp" line="246" />
        <source>Example texts shipped with the model package.</source>
        <translation>模型包自带的示例文本。</translation>
    </message>
    <message>
        <location filename="../../src/app/text/TextPage.cpp" line="248" />
        <location filename="../../src/app/text/TextPage.cpp" line="289" />
        <source>Samples…</source>
        <translation>示例…</translation>
    </message>
    <message>
        <location filename="../../src/app/text/TextPage.cpp" line="249" />
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../../src/app/text/TextPage.cpp" line="250" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/app/text/TextPage.cpp" line="251" />
        <source>Export HTML…</source>
        <translation>导出 HTML…</translation>
    </message>
    <message>
        <location filename="../../src/app/text/TextPage.cpp" line="252" />
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <location filename="../../src/app/text/TextPage.cpp" line="253" />
        <source>Export JSON…</source>
        <translation>导出 JSON…</translation>
    </message>
    <message>
        <location filename="../../src/app/text/TextPage.cpp" line="255" />
        <source>Paste or type a text (e.g. a dictionary definition), or open a UTF-8 .txt file, then press Run.</source>
        <translation>粘贴或输入一段文本（例如一条词典释义），或打开一个 UTF-8 编码的 .txt 文件，然后按“运行”。</translation>
    </message>
    <message>
        <location filename="../../src/app/text/TextPage.cpp" line="257" />
        <source>Head view</source>
        <translation>头视图</translation>
    </message>
    <message>
        <location filename="../../src/app/text/TextPage.cpp" line="258" />
        <source>Matrix</source>
        <translation>矩阵</translation>
    </message>
    <message>
        <location filename="../../src/app/text/TextPage.cpp" line="259" />
        <source>Model view</source>
        <translation>模型视图</translation>
    </message>
    <message>
        <location filename="../../src/app/text/TextPage.cpp" line="260" />
        <source>Pooling</source>
        <translation>池化</translation>
    </message>
    <message>
        <location filename="../../src/app/text/TextPage.cpp" line="261" />
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../src/app/text/TextPage.cpp" line="263" />
        <source>Step through one query token's attention (needs a model that exports Q, K and V).</source>
        <translation>逐步查看一个查询词元的注意力（需要导出 Q、K 和 V 的模型）。</translation>
    </message>
    <message>
        <location filename="../../src/app/text/TextPage.cpp" line="264" />
        <source>top </source>
        <translation>前 </translation>
    </message>
    <message>
        <location filename="../../src/app/text/TextPage.cpp" line="265" />
        <source>all links</source>
        <translation>全部连线</translation>
    </message>
    <message>
        <location filename="../../src/app/text/TextPage.cpp" line="266" />
        <source>Links drawn per query token (the strongest first).</source>
        <translation>每个查询词元绘制的连线数（从最强的开始）。</translation>
    </message>
    <message>
        <location filename="../../src/app/text/TextPage.cpp" line="267" />
        <source>Hover a token to isolate its links.</source>
        <translation>把鼠标悬停在词元上，只显示它的连线。</translation>
    </message>
    <message>
        <location filename="../../src/app/text/TextPage.cpp" line="319" />
        <source>No text model</source>
        <translation>没有文本模型</translation>
    </message>
    <message>
        <location filename="../../src/app/text/TextPage.cpp" line="320" />
        <source>No text model is installed; add a model package with modality "text".</source>
        <translation>没有安装文本模型；请添加一个模态为 "text" 的模型包。</translation>
    </message>
    <message>
        <location filename="../../src/app/text/TextPage.cpp" line="325" />
        <source>Nothing to analyse</source>
        <translation>没有可分析的内容</translation>
    </message>
    <message>
        <location filename="../../src/app/text/TextPage.cpp" line="325" />
        <source>Type, paste or open a text first.</source>
        <translation>请先输入、粘贴或打开一段文本。</translation>
    </message>
    <message>
        <location filename="../../src/app/text/TextPage.cpp" line="329" />
        <source>Running %1…</source>
        <translation>正在运行 %1…</translation>
    </message>
    <message>
        <location filename="../../src/app/text/TextPage.cpp" line="360" />
        <source>%1 tokens in %2 ms</source>
        <translation>%1 个词元，用时 %2 毫秒</translation>
    </message>
    <message>
        <location filename="../../src/app/text/TextPage.cpp" line="362" />
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../src/app/text/TextPage.cpp" line="364" />
        <source>Failed.</source>
        <translation>失败。</translation>
    </message>
    <message>
        <location filename="../../src/app/text/TextPage.cpp" line="365" />
        <source>The text model failed</source>
        <translation>文本模型运行失败</translation>
    </message>
    <message>
        <location filename="../../src/app/text/TextPage.cpp" line="375" />
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../../src/app/text/TextPage.cpp" line="377" />
        <source>%1 is larger than 16 MB; open a shorter text.</source>
        <translation>%1 大于 16 MB；请打开较短的文本。</translation>
    </message>
    <message>
        <location filename="../../src/app/text/TextPage.cpp" line="381" />
        <source>Cannot open the text</source>
        <translation>无法打开文本</translation>
    </message>
    <message>
        <location filename="../../src/app/text/TextPageViews.cpp" line="99" />
        <source>The text was truncated to %1 tokens: the last %2 tokens were not seen by the model.</source>
        <translation>文本被截断为 %1 个词元：最后 %2 个词元模型没有看到。</translation>
    </message>
    <message>
        <location filename="../../src/app/text/TextPageViews.cpp" line="116" />
        <location filename="../../src/app/text/TextPageViews.cpp" line="128" />
        <location filename="../../src/app/text/TextPageViews.cpp" line="231" />
        <source>head %1</source>
        <translation>头 %1</translation>
    </message>
    <message>
        <location filename="../../src/app/text/TextPageViews.cpp" line="129" />
        <source>mean of heads</source>
        <translation>各头平均</translation>
    </message>
    <message>
        <location filename="../../src/app/text/TextPageViews.cpp" line="175" />
        <source>Colour: attention-pooling weight (lowest to highest in this text). Red underlined: unknown word (UNK).</source>
        <translation>颜色：注意力池化权重（在本文本中从低到高）。红色下划线：未知词（UNK）。</translation>
    </message>
    <message>
        <location filename="../../src/app/text/TextPageViews.cpp" line="246" />
        <source>Attention-pooling weight per token</source>
        <translation>每个词元的注意力池化权重</translation>
    </message>
    <message>
        <location filename="../../src/app/text/TextPageViews.cpp" line="247" />
        <source>This model has no attention pooling.</source>
        <translation>该模型没有注意力池化。</translation>
    </message>
    <message>
        <location filename="../../src/app/text/TextPageViews.cpp" line="256" />
        <source>weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../src/app/text/TextPageViews.cpp" line="278" />
        <source>token</source>
        <translation>词元</translation>
    </message>
    <message>
        <location filename="../../src/app/text/TextPageViews.cpp" line="316" />
        <source>Run a model first; there is nothing to export.</source>
        <translation>请先运行模型；目前没有可导出的内容。</translation>
    </message>
    <message>
        <location filename="../../src/app/text/TextPageViews.cpp" line="328" />
        <source>The current view could not be encoded as PNG.</source>
        <translation>当前视图无法编码为 PNG。</translation>
    </message>
    <message>
        <location filename="../../src/app/text/TextPageViews.cpp" line="331" />
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <location filename="../../src/app/text/TextPageViews.cpp" line="334" />
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../src/app/text/TextPageViews.cpp" line="340" />
        <source>HTML report (*.html)</source>
        <translation>HTML 报告 (*.html)</translation>
    </message>
    <message>
        <location filename="../../src/app/text/TextPageViews.cpp" line="341" />
        <source>JSON (*.json)</source>
        <translation>JSON（*.json）</translation>
    </message>
    <message>
        <location filename="../../src/app/text/TextPageViews.cpp" line="342" />
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../../src/app/text/TextPageViews.cpp" line="344" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>al::TextViews</name>
    <message>
        <location filename="../../src/core/text/HeadViewRender.cpp" line="122" />
        <source>Head view: %1 heads with %2 colours, %3 labels with %4 UNK flags.</source>
        <translation>头视图：%1 个头、%2 种颜色，%3 个标签、%4 个 UNK 标记。</translation>
    </message>
    <message>
        <location filename="../../src/core/text/TokenMatrixImage.cpp" line="16" />
        <source>A token attention matrix must be a non-empty N x N float matrix (got %1 x %2).</source>
        <translation>词元注意力矩阵必须是非空的 N x N 浮点矩阵（实际为 %1 x %2）。</translation>
    </message>
</context>
<context>
    <name>al::TokenAttention</name>
    <message>
        <location filename="../../src/core/TokenAttention.cpp" line="32" />
        <source>No attention heads to fuse.</source>
        <translation>没有可融合的注意力头。</translation>
    </message>
    <message>
        <location filename="../../src/core/TokenAttention.cpp" line="36" />
        <source>Attention heads must be non-empty 32-bit float matrices of one size; check the model's attention outputs.</source>
        <translation>注意力头必须是尺寸相同的非空 32 位浮点矩阵；请检查模型的注意力输出。</translation>
    </message>
    <message>
        <location filename="../../src/core/TokenAttention.cpp" line="63" />
        <source>Token %1 with a %2x%3 patch grid at offset %4 does not fit a %5x%6 attention matrix.</source>
        <translation>词元 %1（%2x%3 图块网格，偏移 %4）与 %5x%6 的注意力矩阵不匹配。</translation>
    </message>
    <message>
        <location filename="../../src/core/TokenAttention.cpp" line="106" />
        <source>No layers to roll out.</source>
        <translation>没有可进行 rollout 的层。</translation>
    </message>
    <message>
        <location filename="../../src/core/TokenAttention.cpp" line="112" />
        <source>Rollout needs square matrices of one size.</source>
        <translation>Rollout 需要大小相同的方阵。</translation>
    </message>
    <message>
        <location filename="../../src/core/TokenAttention.cpp" line="124" />
        <source>Row entropy needs a non-empty 32-bit float attention matrix.</source>
        <translation>计算行熵需要非空的 32 位浮点注意力矩阵。</translation>
    </message>
</context>
<context>
    <name>al::Tokenizer</name>
    <message>
        <location filename="../../src/core/text/Tokenizer.cpp" line="138" />
        <source>The tokenizer's vocabulary is empty.</source>
        <translation>分词器的词表为空。</translation>
    </message>
    <message>
        <location filename="../../src/core/text/Tokenizer.cpp" line="142" />
        <source>The vocabulary lists '%1' twice (lines %2 and %3).</source>
        <translation>词表中“%1”出现了两次（第 %2 行和第 %3 行）。</translation>
    </message>
    <message>
        <location filename="../../src/core/text/Tokenizer.cpp" line="154" />
        <source>The vocabulary has no special token '%1'.</source>
        <translation>词表中没有特殊词元“%1”。</translation>
    </message>
    <message>
        <location filename="../../src/core/text/Tokenizer.cpp" line="161" />
        <source>The token limit %1 leaves no room for text.</source>
        <translation>词元上限 %1 没有给文本留出空间。</translation>
    </message>
    <message>
        <location filename="../../src/core/text/Tokenizer.cpp" line="289" />
        <source>Cannot read the vocabulary %1: %2</source>
        <translation>无法读取词表 %1：%2</translation>
    </message>
    <message>
        <location filename="../../src/core/text/Tokenizer.cpp" line="298" />
        <source>The vocabulary %1 is empty.</source>
        <translation>词表 %1 为空。</translation>
    </message>
    <message>
        <location filename="../../src/core/text/Utf8.cpp" line="52" />
        <source>%1 is not valid UTF-8 (byte %2 at offset %3); save it as UTF-8 and try again.</source>
        <translation>%1 不是有效的 UTF-8（偏移 %3 处的字节 %2）；请另存为 UTF-8 后重试。</translation>
    </message>
</context>
<context>
    <name>al::TourDemo</name>
    <message>
        <location filename="../../src/app/kiosk/TourDemo.cpp" line="110" />
        <source>Guided tour: how attention works</source>
        <translation>导览：注意力如何工作</translation>
    </message>
    <message>
        <location filename="../../src/app/kiosk/TourDemo.cpp" line="114" />
        <source>Step by step: where a network looks, how that map is computed and what happens if we change it.</source>
        <translation>一步一步：网络看向哪里，这张图如何计算，以及改变它会发生什么。</translation>
    </message>
    <message>
        <location filename="../../src/app/kiosk/TourDemo.cpp" line="250" />
        <source>You have seen where a model looks, how the map is computed and what changing it does. Tap Home to try the other demos, or tap the tour's tile to see it again.</source>
        <translation>你已经看到了模型看向哪里、这张图如何计算，以及改变它会发生什么。点“首页”试试其他演示，或点导览的图块再看一遍。</translation>
    </message>
    <message>
        <location filename="../../src/app/kiosk/TourDemo.cpp" line="326" />
        <source>The network reads: %1 (%2 % sure)</source>
        <translation>网络识别为：%1（把握 %2%）</translation>
    </message>
</context>
<context>
    <name>al::Video</name>
    <message>
        <location filename="../../src/core/video/FrameStats.cpp" line="47" />
        <source>Map '%1' is empty or not a float map.</source>
        <translation>图“%1”为空，或不是浮点图。</translation>
    </message>
    <message>
        <location filename="../../src/core/video/FrameStats.cpp" line="94" />
        <source>The temperature must be a positive number, not %1.</source>
        <translation>温度必须是正数，而不是 %1。</translation>
    </message>
    <message>
        <location filename="../../src/core/video/VideoAnalysis.cpp" line="25" />
        <source>Model '%1' returned no map.</source>
        <translation>模型“%1”没有返回图。</translation>
    </message>
    <message>
        <location filename="../../src/core/video/VideoAnalysis.cpp" line="29" />
        <source>Model '%1' returned no map named '%2'; its maps are: %3.</source>
        <translation>模型“%1”没有返回名为“%2”的图；它的图有：%3。</translation>
    </message>
    <message>
        <location filename="../../src/core/video/VideoAnalysis.cpp" line="39" />
        <source>No model was chosen for the video analysis.</source>
        <translation>视频分析没有选择模型。</translation>
    </message>
    <message>
        <location filename="../../src/core/video/VideoAnalysis.cpp" line="43" />
        <source>'every' must be 1 or more (analyse every Nth frame), not %1.</source>
        <translation>“every”必须不小于 1（每 N 帧分析一次），而不是 %1。</translation>
    </message>
    <message>
        <location filename="../../src/core/video/VideoAnalysis.cpp" line="50" />
        <source>Model '%1' takes neither images nor videos; choose an image model.</source>
        <translation>模型“%1”既不接受图像也不接受视频；请选择一个图像模型。</translation>
    </message>
    <message>
        <location filename="../../src/core/video/VideoAnalysis.cpp" line="104" />
        <source>Analysing frames</source>
        <translation>正在分析帧</translation>
    </message>
    <message>
        <location filename="../../src/core/video/VideoAnalysis.cpp" line="185" />
        <source>The video analysis failed: %1</source>
        <translation>视频分析失败：%1</translation>
    </message>
    <message>
        <location filename="../../src/core/video/VideoExport.cpp" line="55" />
        <source>Cannot write the video '%1': use the suffix .mp4 (MPEG-4) or .avi (MJPG), not '.%2'.</source>
        <translation>无法写入视频“%1”：请使用后缀 .mp4（MPEG-4）或 .avi（MJPG），而不是“.%2”。</translation>
    </message>
    <message>
        <location filename="../../src/core/video/VideoExport.cpp" line="61" />
        <source>Cannot write the video '%1': the folder '%2' does not exist or is not writable.</source>
        <translation>无法写入视频“%1”：文件夹“%2”不存在或不可写。</translation>
    </message>
    <message>
        <location filename="../../src/core/video/VideoExport.cpp" line="66" />
        <source>Cannot write the video '%1': it is a folder.</source>
        <translation>无法写入视频“%1”：它是一个文件夹。</translation>
    </message>
    <message>
        <location filename="../../src/core/video/VideoExport.cpp" line="84" />
        <source>The video encoder for '%1' could not be started (%2 x %3 at %4 fps).</source>
        <translation>无法启动“%1”的视频编码器（%2 x %3，%4 fps）。</translation>
    </message>
    <message>
        <location filename="../../src/core/video/VideoExport.cpp" line="100" />
        <source>A frame of the wrong size or type was given for '%1'.</source>
        <translation>为“%1”提供的帧尺寸或类型不正确。</translation>
    </message>
    <message>
        <location filename="../../src/core/video/VideoExport.cpp" line="105" />
        <source>Writing '%1' failed: %2</source>
        <translation>写入“%1”失败：%2</translation>
    </message>
    <message>
        <location filename="../../src/core/video/VideoExport.cpp" line="123" />
        <source>Could not write the video '%1'. Check the free disk space and permissions.</source>
        <translation>无法写入视频“%1”。请检查磁盘剩余空间和权限。</translation>
    </message>
    <message>
        <location filename="../../src/core/video/VideoExport.cpp" line="236" />
        <source>No model was chosen for the video export.</source>
        <translation>视频导出没有选择模型。</translation>
    </message>
</context>
<context>
    <name>al::VideoPage</name>
    <message>
        <location filename="../../src/app/video/VideoPage.cpp" line="254" />
        <location filename="../../src/app/video/VideoPage.cpp" line="288" />
        <source>Dropped: %1</source>
        <translation>丢帧：%1</translation>
    </message>
    <message>
        <location filename="../../src/app/video/VideoPage.cpp" line="256" />
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <location filename="../../src/app/video/VideoPage.cpp" line="268" />
        <source>Open video…</source>
        <translation>打开视频…</translation>
    </message>
    <message>
        <location filename="../../src/app/video/VideoPage.cpp" line="269" />
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <location filename="../../src/app/video/VideoPage.cpp" line="270" />
        <source>Every Nth frame:</source>
        <translation>每 N 帧：</translation>
    </message>
    <message>
        <location filename="../../src/app/video/VideoPage.cpp" line="271" />
        <source>Analyse frames 0, N, 2N, …; frames in between show the latest map.</source>
        <translation>分析第 0、N、2N… 帧；中间的帧显示最近一次的图。</translation>
    </message>
    <message>
        <location filename="../../src/app/video/VideoPage.cpp" line="272" />
        <source>Analyse video</source>
        <translation>分析视频</translation>
    </message>
    <message>
        <location filename="../../src/app/video/VideoPage.cpp" line="273" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/app/video/VideoPage.cpp" line="274" />
        <location filename="../../src/app/video/VideoPageJobs.cpp" line="214" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../src/app/video/VideoPage.cpp" line="275" />
        <source>Overlay video (MP4/AVI)…</source>
        <translation>叠加视频（MP4/AVI）…</translation>
    </message>
    <message>
        <location filename="../../src/app/video/VideoPage.cpp" line="275" />
        <source>Per-frame JSON…</source>
        <translation>逐帧 JSON…</translation>
    </message>
    <message>
        <location filename="../../src/app/video/VideoPage.cpp" line="276" />
        <source>Per-frame CSV…</source>
        <translation>逐帧 CSV…</translation>
    </message>
    <message>
        <location filename="../../src/app/video/VideoPage.cpp" line="280" />
        <source>One frame back</source>
        <translation>后退一帧</translation>
    </message>
    <message>
        <location filename="../../src/app/video/VideoPage.cpp" line="281" />
        <source>Play / pause</source>
        <translation>播放 / 暂停</translation>
    </message>
    <message>
        <location filename="../../src/app/video/VideoPage.cpp" line="282" />
        <source>One frame forward</source>
        <translation>前进一帧</translation>
    </message>
    <message>
        <location filename="../../src/app/video/VideoPage.cpp" line="283" />
        <source>Speed:</source>
        <translation>速度：</translation>
    </message>
    <message>
        <location filename="../../src/app/video/VideoPage.cpp" line="284" />
        <source>Live model</source>
        <translation>实时模型</translation>
    </message>
    <message>
        <location filename="../../src/app/video/VideoPage.cpp" line="286" />
        <source>Run the model on shown frames that were not analysed yet; frames it cannot keep up with are dropped.</source>
        <translation>对显示的、尚未分析的帧运行模型；跟不上的帧会被丢弃。</translation>
    </message>
    <message>
        <location filename="../../src/app/video/VideoPage.cpp" line="289" />
        <source>Colormap:</source>
        <translation>色表：</translation>
    </message>
    <message>
        <location filename="../../src/app/video/VideoPage.cpp" line="290" />
        <source>Opacity:</source>
        <translation>不透明度：</translation>
    </message>
    <message>
        <location filename="../../src/app/video/VideoPage.cpp" line="291" />
        <source>Show the centroid path</source>
        <translation>显示质心轨迹</translation>
    </message>
    <message>
        <location filename="../../src/app/video/VideoPage.cpp" line="292" />
        <source>Frame score:</source>
        <translation>帧得分：</translation>
    </message>
    <message>
        <location filename="../../src/app/video/VideoPage.cpp" line="293" />
        <source>Focus (1 − entropy)</source>
        <translation>集中度（1 − 熵）</translation>
    </message>
    <message>
        <location filename="../../src/app/video/VideoPage.cpp" line="294" />
        <source>Mass (mean value)</source>
        <translation>总量（平均值）</translation>
    </message>
    <message>
        <location filename="../../src/app/video/VideoPage.cpp" line="295" />
        <source>Peak</source>
        <translation>峰值</translation>
    </message>
    <message>
        <location filename="../../src/app/video/VideoPage.cpp" line="296" />
        <source>Temperature:</source>
        <translation>温度：</translation>
    </message>
    <message>
        <location filename="../../src/app/video/VideoPage.cpp" line="297" />
        <source>Softmax temperature of the temporal attention curve: smaller values single out the highest-scoring frames.</source>
        <translation>时间注意力曲线的 softmax 温度：值越小，越突出得分最高的帧。</translation>
    </message>
    <message>
        <location filename="../../src/app/video/VideoPage.cpp" line="300" />
        <source>Open a video or drop one here.</source>
        <translation>打开一个视频，或把视频拖到这里。</translation>
    </message>
    <message>
        <location filename="../../src/app/video/VideoPage.cpp" line="366" />
        <source>Cannot open the video</source>
        <translation>无法打开视频</translation>
    </message>
    <message>
        <location filename="../../src/app/video/VideoPage.cpp" line="383" />
        <source>%1: %2 x %3, %4 frames at %5 fps (%6)</source>
        <translation>%1：%2 x %3，%4 帧，%5 fps（%6）</translation>
    </message>
    <message>
        <location filename="../../src/app/video/VideoPage.cpp" line="395" />
        <source>Open video</source>
        <translation>打开视频</translation>
    </message>
    <message>
        <location filename="../../src/app/video/VideoPage.cpp" line="426" />
        <source>Frame %1 / %2 · %3</source>
        <translation>第 %1 / %2 帧 · %3</translation>
    </message>
    <message>
        <location filename="../../src/app/video/VideoPage.cpp" line="431" />
        <source>Analysed frame %1: peak %2 at (%3, %4), entropy %5, centroid (%6, %7), %8 ms</source>
        <translation>已分析第 %1 帧：峰值 %2 位于 (%3, %4)，熵 %5，质心 (%6, %7)，%8 毫秒</translation>
    </message>
    <message>
        <location filename="../../src/app/video/VideoPage.cpp" line="441" />
        <source>No map for this frame yet: analyse the video or turn on the live model.</source>
        <translation>这一帧还没有图：请分析视频或打开实时模型。</translation>
    </message>
    <message>
        <location filename="../../src/app/video/VideoPageJobs.cpp" line="28" />
        <source>Video analysis</source>
        <translation>视频分析</translation>
    </message>
    <message>
        <location filename="../../src/app/video/VideoPageJobs.cpp" line="28" />
        <source>Choose a model first.</source>
        <translation>请先选择模型。</translation>
    </message>
    <message>
        <location filename="../../src/app/video/VideoPageJobs.cpp" line="66" />
        <source>Analysing %1 with %2…</source>
        <translation>正在用 %2 分析 %1…</translation>
    </message>
    <message>
        <location filename="../../src/app/video/VideoPageJobs.cpp" line="80" />
        <source>Analysed %1 frames.</source>
        <translation>已分析 %1 帧。</translation>
    </message>
    <message>
        <location filename="../../src/app/video/VideoPageJobs.cpp" line="82" />
        <source>Analysis cancelled.</source>
        <translation>分析已取消。</translation>
    </message>
    <message>
        <location filename="../../src/app/video/VideoPageJobs.cpp" line="84" />
        <source>Analysis failed.</source>
        <translation>分析失败。</translation>
    </message>
    <message>
        <location filename="../../src/app/video/VideoPageJobs.cpp" line="85" />
        <source>Video analysis failed</source>
        <translation>视频分析失败</translation>
    </message>
    <message>
        <location filename="../../src/app/video/VideoPageJobs.cpp" line="127" />
        <location filename="../../src/app/video/VideoPageJobs.cpp" line="191" />
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../src/app/video/VideoPageJobs.cpp" line="130" />
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <location filename="../../src/app/video/VideoPageJobs.cpp" line="166" />
        <source>Exporting %1…</source>
        <translation>正在导出 %1…</translation>
    </message>
    <message>
        <location filename="../../src/app/video/VideoPageJobs.cpp" line="187" />
        <source>Export finished.</source>
        <translation>导出完成。</translation>
    </message>
    <message>
        <location filename="../../src/app/video/VideoPageJobs.cpp" line="189" />
        <source>Export cancelled; nothing was written.</source>
        <translation>导出已取消；没有写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../src/app/video/VideoPageJobs.cpp" line="202" />
        <source>MPEG-4 video (*.mp4);;MJPG AVI video (*.avi)</source>
        <translation>MPEG-4 视频 (*.mp4);;MJPG AVI 视频 (*.avi)</translation>
    </message>
    <message>
        <location filename="../../src/app/video/VideoPageJobs.cpp" line="206" />
        <source>JSON (*.json)</source>
        <translation>JSON（*.json）</translation>
    </message>
    <message>
        <location filename="../../src/app/video/VideoPageJobs.cpp" line="210" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>al::VideoReader</name>
    <message>
        <location filename="../../src/core/video/VideoReader.cpp" line="42" />
        <source>Video '%1' does not exist. Check the path.</source>
        <translation>视频“%1”不存在。请检查路径。</translation>
    </message>
    <message>
        <location filename="../../src/core/video/VideoReader.cpp" line="45" />
        <source>'%1' is a folder, not a video file. Choose a file.</source>
        <translation>“%1”是文件夹，不是视频文件。请选择一个文件。</translation>
    </message>
    <message>
        <location filename="../../src/core/video/VideoReader.cpp" line="48" />
        <source>Video '%1' cannot be read (no permission).</source>
        <translation>无法读取视频“%1”（没有权限）。</translation>
    </message>
    <message>
        <location filename="../../src/core/video/VideoReader.cpp" line="51" />
        <source>Video '%1' is empty (0 bytes). Choose another file.</source>
        <translation>视频“%1”为空（0 字节）。请选择其他文件。</translation>
    </message>
    <message>
        <location filename="../../src/core/video/VideoReader.cpp" line="61" />
        <source>'%1' is a still image, not a video. Open it in the Image workspace (or with the run command) instead.</source>
        <translation>“%1”是静态图像，不是视频。请在图像工作区（或用 run 命令）打开它。</translation>
    </message>
    <message>
        <location filename="../../src/core/video/VideoReader.cpp" line="90" />
        <source>Videos (%1)</source>
        <translation>视频（%1）</translation>
    </message>
    <message>
        <location filename="../../src/core/video/VideoReader.cpp" line="136" />
        <source>'%1' is not a video OpenCV can read: unknown container, unsupported codec or a damaged file. Convert it to MP4 (H.264/MPEG-4) or AVI (MJPG).</source>
        <translation>“%1”不是 OpenCV 能读取的视频：未知容器、不支持的编解码器或文件已损坏。请转换为 MP4（H.264/MPEG-4）或 AVI（MJPG）。</translation>
    </message>
    <message>
        <location filename="../../src/core/video/VideoReader.cpp" line="149" />
        <source>Video '%1' opened but its first frame cannot be decoded: the codec '%2' is not supported or the file is damaged. Convert it to MP4 (MPEG-4) or AVI (MJPG).</source>
        <translation>视频“%1”已打开，但第一帧无法解码：不支持编解码器“%2”或文件已损坏。请转换为 MP4（MPEG-4）或 AVI（MJPG）。</translation>
    </message>
    <message>
        <location filename="../../src/core/video/VideoReader.cpp" line="151" />
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../src/core/video/VideoReader.cpp" line="155" />
        <source>Video '%1' has %2 x %3 frames, more than the limit of %4 pixels.</source>
        <translation>视频“%1”的帧为 %2 x %3，超过了 %4 像素的上限。</translation>
    </message>
    <message>
        <location filename="../../src/core/video/VideoReader.cpp" line="162" />
        <source>Video '%1' does not say how many frames it has; it may be truncated or a stream dump. Remux it into MP4 or AVI.</source>
        <translation>视频“%1”没有给出帧数；它可能被截断或是流转储。请重新封装为 MP4 或 AVI。</translation>
    </message>
    <message>
        <location filename="../../src/core/video/VideoReader.cpp" line="184" />
        <source>Video '%1' is truncated or damaged: its header announces %2 frames but the last ones cannot be decoded. Re-export or re-download it.</source>
        <translation>视频“%1”被截断或已损坏：文件头声明有 %2 帧，但最后几帧无法解码。请重新导出或重新下载。</translation>
    </message>
    <message>
        <location filename="../../src/core/video/VideoReader.cpp" line="214" />
        <source>Camera %1 is not available (no V4L2 device /dev/video%1, or it is busy).</source>
        <translation>摄像头 %1 不可用（没有 V4L2 设备 /dev/video%1，或设备正忙）。</translation>
    </message>
    <message>
        <location filename="../../src/core/video/VideoReader.cpp" line="251" />
        <source>Cannot seek in '%1': it is a live camera or not open.</source>
        <translation>无法在“%1”中定位：它是实时摄像头或尚未打开。</translation>
    </message>
    <message>
        <location filename="../../src/core/video/VideoReader.cpp" line="253" />
        <source>Frame %1 is outside '%2' (frames 0 to %3).</source>
        <translation>第 %1 帧超出“%2”的范围（第 0 到 %3 帧）。</translation>
    </message>
    <message>
        <location filename="../../src/core/video/VideoReader.cpp" line="278" />
        <source>Cannot seek to frame %1 in '%2'.</source>
        <translation>无法定位到“%2”的第 %1 帧。</translation>
    </message>
    <message>
        <location filename="../../src/core/video/VideoReader.cpp" line="286" />
        <source>Frame %1 of '%2' cannot be decoded; the file may be damaged.</source>
        <translation>“%2”的第 %1 帧无法解码；文件可能已损坏。</translation>
    </message>
</context>
<context>
    <name>al::VideoTimeline</name>
    <message>
        <location filename="../../src/app/video/VideoTimeline.cpp" line="52" />
        <source>Peak (relative)</source>
        <translation>峰值（相对）</translation>
    </message>
    <message>
        <location filename="../../src/app/video/VideoTimeline.cpp" line="53" />
        <source>Entropy</source>
        <translation>熵</translation>
    </message>
    <message>
        <location filename="../../src/app/video/VideoTimeline.cpp" line="54" />
        <source>Temporal attention (relative)</source>
        <translation>时间注意力（相对）</translation>
    </message>
    <message>
        <location filename="../../src/app/video/VideoTimeline.cpp" line="55" />
        <source>Frame</source>
        <translation>帧</translation>
    </message>
</context>
<context>
    <name>al::fp::Classifier</name>
    <message>
        <location filename="../../src/core/fingerprint/Classifier.cpp" line="35" />
        <source>Model '%1' returned no attention map; a fingerprint classifier needs one.</source>
        <translation>模型“%1”没有返回注意力图；指纹分类器需要注意力图。</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/Classifier.cpp" line="60" />
        <source>Fingerprint classifier '%1': the print must be a non-empty 8-bit gray or BGR image.</source>
        <translation>指纹分类器“%1”：指纹必须是非空的 8 位灰度或 BGR 图像。</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/Classifier.cpp" line="90" />
        <source>Model '%1' is not a fingerprint classifier: its labels are not the five classes arch, tented_arch, left_loop, right_loop and whorl.</source>
        <translation>模型“%1”不是指纹分类器：其标签不是 arch、tented_arch、left_loop、right_loop 和 whorl 这五类。</translation>
    </message>
</context>
<context>
    <name>al::fp::Evaluation</name>
    <message>
        <location filename="../../src/core/fingerprint/EvaluationMetrics.cpp" line="152" />
        <source>Error rates need genuine and impostor scores (got %1 and %2).</source>
        <translation>计算错误率需要真匹配和假匹配得分（实际分别为 %1 和 %2 个）。</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/EvaluationRun.cpp" line="28" />
        <source>Fingerprint evaluation: --fingers must be in [2, 10000], got %1.</source>
        <translation>指纹评估：--fingers 必须在 [2, 10000] 之间，实际为 %1。</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/EvaluationRun.cpp" line="33" />
        <source>Fingerprint evaluation: --impressions must be in [2, 64], got %1.</source>
        <translation>指纹评估：--impressions 必须在 [2, 64] 之间，实际为 %1。</translation>
    </message>
</context>
<context>
    <name>al::fp::Generator</name>
    <message>
        <location filename="../../src/core/fingerprint/Generator.cpp" line="37" />
        <source>Fingerprint generator: impressions must be in [0, 64], got %1.</source>
        <translation>指纹生成器：按压次数必须在 [0, 64] 之间，实际为 %1。</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/Generator.cpp" line="41" />
        <source>Fingerprint generator: the size must be between 128x128 and 1024x1024 pixels, got %1x%2.</source>
        <translation>指纹生成器：尺寸必须在 128x128 到 1024x1024 像素之间，实际为 %1x%2。</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/Generator.cpp" line="47" />
        <source>Fingerprint generator: iterations must be in [1, 500], got %1.</source>
        <translation>指纹生成器：迭代次数必须在 [1, 500] 之间，实际为 %1。</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/Generator.cpp" line="113" />
        <source>Fingerprint generator failed (seed %1): %2</source>
        <translation>指纹生成失败（种子 %1）：%2</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/Generator.cpp" line="133" />
        <source>Fingerprint PNG: expected a non-empty 8-bit gray image.</source>
        <translation>指纹 PNG：需要非空的 8 位灰度图像。</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/Generator.cpp" line="142" />
        <source>Fingerprint PNG: encoding failed.</source>
        <translation>指纹 PNG：编码失败。</translation>
    </message>
    <message>
        <location filename="../../src/core/fingerprint/GroundTruthJson.cpp" line="42" />
        <source>Fingerprint truth JSON: field '%1' is missing or malformed; regenerate the file with 'attentionlens-cli fingerprint generate'.</source>
        <translation>指纹真值 JSON：字段“%1”缺失或格式错误；请用“attentionlens-cli fingerprint generate”重新生成该文件。</translation>
    </message>
</context>
<context>
    <name>al::main</name>
    <message>
        <location filename="../../src/app/main.cpp" line="30" />
        <source>See and explain attention maps of images.</source>
        <translation>查看并解释图像的注意力图。</translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="34" />
        <source>Image to open.</source>
        <translation>要打开的图像。</translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="37" />
        <source>Model to select, by id.</source>
        <translation>要选择的模型（按 ID）。</translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="41" />
        <source>Run the model once the window is up.</source>
        <translation>窗口打开后立即运行模型。</translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="44" />
        <source>Extra plugin folder (repeatable).</source>
        <translation>额外的插件文件夹（可重复指定）。</translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="46" />
        <source>Interface language: en or zh_CN.</source>
        <translation>界面语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="50" />
        <source>Run as an unattended touch-screen exhibit (see docs/kiosk.md).</source>
        <translation>作为无人值守的触摸屏展品运行（参见 docs/kiosk.md）。</translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="54" />
        <source>Kiosk configuration INI file.</source>
        <translation>展台配置 INI 文件。</translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="114" />
        <source>Unknown model</source>
        <translation>未知模型</translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="115" />
        <source>No loaded plugin offers the model “%1”. Tools ▸ Plugins… lists the available plugins and models.</source>
        <translation>已加载的插件中没有提供模型“%1”的。“工具 ▸ 插件…”列出了可用的插件和模型。</translation>
    </message>
</context>
</TS>
